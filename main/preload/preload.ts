// Exposes exactly one function. The page gets no ipcRenderer, no Node and no way to pick another IPC channel:
// the API channel is only an argument that main/app/ipc.ts validates.
import { contextBridge, ipcRenderer } from 'electron';
import type { LabourStationBridge, RpcIpcChannel } from '@shared/contract/bridge-api';

const RPC_IPC_CHANNEL: RpcIpcChannel = 'rpc';

const bridge: LabourStationBridge = {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(RPC_IPC_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld('labourStation', bridge);

// What the Electron preload puts on `window.labourStation`. Both sides name the type, so a change to the bridge
// breaks the build instead of the running app.

/** The single IPC channel the preload invokes and main/app/ipc.ts handles; the API channel travels as an argument. */
export type RpcIpcChannel = 'rpc';

export type LabourStationBridge = {
  /** Resolves with an RpcResult (`{ ok: true, value } | { ok: false, error }`); it does not reject for failures. */
  invoke(channel: string, input: unknown): Promise<unknown>;
};

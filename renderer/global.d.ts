// The one function the Electron preload exposes (main/preload); absent when the page is served by the HTTP bridge.
// The type lives in shared/ so the preload and the renderer cannot drift apart.
import type { LabourStationBridge as SharedBridge } from '@shared/contract/bridge-api';

declare global {
  type LabourStationBridge = SharedBridge;

  // An interface because only interfaces merge into the DOM's Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    labourStation?: LabourStationBridge;
  }
}

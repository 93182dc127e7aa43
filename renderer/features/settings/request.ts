// Every call of the 设置 area goes through the shared hook: a session the server ended (idle log-out, a restore)
// takes the clerk to the log-in page with the server's own words, and a damaged database to the recovery page.
import { useCaller, type Caller } from '@renderer/components/useCaller';

export type { Caller };
export const useSettingsCaller = useCaller;

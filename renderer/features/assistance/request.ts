// The area's pages call the API through the shared hook: a session the server ended (idle log-out) takes the clerk
// to the log-in page with the server's words, and a damaged database to the recovery page.
export { useCaller, type Caller } from '@renderer/components/useCaller';

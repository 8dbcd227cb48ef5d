// What the app saw, for the browser checks to read.
export interface LogEntry {
  from: string;
  type: string;
  detail: unknown;
}
declare global {
  interface Window {
    consumerLog: LogEntry[];
    definedAtFirstRender: boolean;
  }
}
window.consumerLog = [];

export function log(from: string, event: CustomEvent<unknown>): void {
  window.consumerLog.push({ from, type: event.type, detail: event.detail });
}

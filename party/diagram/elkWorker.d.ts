/** elkjs's layout code (GWT-compiled), used as an in-thread "worker" (party/diagram/flowchart.ts). */
declare module 'elkjs/lib/elk-worker.min.js' {
  export const Worker: new () => globalThis.Worker
}

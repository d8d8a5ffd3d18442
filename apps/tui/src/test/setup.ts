// React's switch for act(): tests wrap renders and keys in it (test/render.tsx), so each key's
// updates and effects are flushed before the next, as a person's keys come after the frame.
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export {};

/**
 * Stands in for the `is-in-ci` package in the bundle (scripts/build.mjs). Ink asks it whether to
 * draw only the last frame, as a CI log would want; `parley` draws only with a terminal on both
 * ends, so a person is watching whatever CI variables the environment carries.
 */
const isInCi = false;
export default isInCi;

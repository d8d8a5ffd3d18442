import { createApp } from "../app.ts";

// Workers call the default export's `fetch`; a Hono app is exactly that.
export default createApp();

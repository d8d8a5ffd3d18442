import { createApp } from "../app.ts";

// Workers call the default export's `fetch`; a Hono app is exactly that. The platform compresses
// by what the client sent, so the app keeps no gzipped copies of its own (see AnswerCache).
export default createApp({ compression: "platform" });

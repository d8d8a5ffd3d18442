import { createApp } from "../app.ts";
import { listenAddress } from "./listen.ts";

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { port: number; hostname: string },
    handler: (request: Request) => Response | Promise<Response>,
  ): unknown;
};

Deno.serve(listenAddress(Deno.env.toObject()), createApp().fetch);

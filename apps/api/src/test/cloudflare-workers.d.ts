// The one part of workerd's "cloudflare:workers" module the Workers tests use: the main Worker's
// fetch handler, called through the runtime (as @cloudflare/vitest-pool-workers provides it).
declare module "cloudflare:workers" {
  export const exports: {
    default: { fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> };
  };
}

// The ceiling on Bun: Bun.serve sending a fixed body, no framework at all.
const body = JSON.stringify({ ok: true });
Bun.serve({
  port: Number(process.env.PORT),
  hostname: "127.0.0.1",
  fetch: () => new Response(body, { headers: { "Content-Type": "application/json" } }),
});

/** Where to listen, from `PORT` (default 8787) and `HOST` (default loopback, so nothing is exposed by accident). */
export function listenAddress(env: Record<string, string | undefined>): { port: number; hostname: string } {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535; got "${env.PORT}".`);
  }
  return { port, hostname: env.HOST ?? "127.0.0.1" };
}

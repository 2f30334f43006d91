import { createServer, request, type RequestListener, type Server } from 'node:http';
import { drainHttpServer } from './graceful-shutdown';

function listen(handler: RequestListener): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as { port: number }).port })));
}

/** One GET on a fresh connection: its status, or the error that ended it. */
function get(port: number, path: string): Promise<number | string> {
  return new Promise((done) => {
    const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
      res.on('error', (error) => done((error as NodeJS.ErrnoException).code ?? 'error'));
    });
    req.on('error', (error) => done((error as NodeJS.ErrnoException).code ?? 'error'));
    req.end();
  });
}

describe('drainHttpServer', () => {
  it('lets a request in flight finish, refuses new connections, then resolves', async () => {
    const { server, port } = await listen((_req, res) => setTimeout(() => res.end('done'), 300));
    const inFlight = get(port, '/slow');
    await new Promise((done) => setTimeout(done, 50));
    const drained = drainHttpServer(server, 5000);
    expect(await get(port, '/late')).toBe('ECONNREFUSED');
    expect(await inFlight).toBe(200);
    await drained;
    expect(server.listening).toBe(false);
  });

  it('cuts a request that does not finish within the grace period', async () => {
    const { server, port } = await listen(() => undefined); // never answers
    const hanging = get(port, '/hang');
    await new Promise((done) => setTimeout(done, 50));
    const started = Date.now();
    await drainHttpServer(server, 300);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(2000);
    expect(await hanging).toBe('ECONNRESET');
  });
});

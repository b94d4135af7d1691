// Runs one autocannon load in its own process, so the load generator does not share the event loop
// of the server it measures (autocannon cannot run in a worker thread of ours: it takes any worker
// thread for one of its own). argv[2]: JSON { url, path, body, connections, duration }.
// Prints the summary as one JSON line.
// Every request comes from its own citizen address (X-Forwarded-For; the bench app trusts it).
import autocannon from 'autocannon';

const { url, path, body, connections, duration } = JSON.parse(process.argv[2]);
let n = 0;
const result = await autocannon({
  url,
  connections,
  duration,
  requests: [
    {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      body,
      setupRequest: (req) => {
        n++;
        return {
          ...req,
          headers: {
            ...req.headers,
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
        };
      },
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  })}\n`,
);

// `tsx scripts/lib/probe.ts BASE PATH EVERY_MS SECONDS ADDRESS`: times GET BASE+PATH every EVERY_MS for SECONDS
// from ADDRESS on one keep-alive connection and prints the latencies (ms) as JSON. A process of its own, so
// that the attacker's work in `npm run attack` does not count as the server's latency.
import http from 'node:http';

const [base, path, everyMs, seconds, address] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
const latencies: number[] = [];
const until = performance.now() + Number(seconds) * 1000;
while (performance.now() < until) {
  const started = performance.now();
  await new Promise<void>((resolve) => {
    http.get(`${base}${path}`, { agent, timeout: 30_000 }, (res) => { res.resume(); res.on('end', resolve); })
      .on('error', () => resolve()).on('timeout', function (this: http.ClientRequest) { this.destroy(); });
  });
  latencies.push(performance.now() - started);
  await new Promise((resolve) => setTimeout(resolve, Number(everyMs)));
}
agent.destroy();
console.log(JSON.stringify(latencies));

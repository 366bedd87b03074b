// `npm run dev`: the API server (demo data, restarts on change) on API_PORT (default 4000) and
// Vite's dev server for the client, which proxies /graphql, /dev and the .ics downloads to it.
import { spawn } from 'node:child_process';

const apiPort = process.env.API_PORT ?? '4000';
const children = [
  spawn('npx', ['tsx', 'watch', 'server/main.ts', '--demo'], { stdio: 'inherit', env: { ...process.env, PORT: apiPort } }),
  spawn('npx', ['vite', '--config', 'client/vite.config.ts'], { stdio: 'inherit', env: { ...process.env, API_PORT: apiPort } }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; }));

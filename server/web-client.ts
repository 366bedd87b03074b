// Serves the built web client (client/dist, from `npm run build:client`) at /. Every GET of a path
// that is neither a built file nor a server route gets index.html, so a link in a mail
// (/referrals/<id>, /operations/<id>) opens the right page after sign-in; the server's own routes
// and anything under them stay theirs, and an unknown one stays a JSON 404.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';

export const defaultClientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');

/** Paths the server answers itself (or refuses as JSON): never the client's. */
const SERVER_ROUTE = /^\/(?:graphql|healthz|readyz|metrics|auth|oauth|dev)(?:\/|$)|\.(?:ics|csv)$/i;

/** Vite's hashed output (assets/name-<hash>.js): its name changes with its content, so it may be kept a year. */
const HASHED_ASSET = /^assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Samvirke</title></head>
<body><h1>Samvirke</h1>
<p>The web client is not built. Run <code>npm run build:client</code> (or <code>npm run demo</code>, which builds it), then reload.</p>
<p>The API answers at <code>/graphql</code>.</p></body></html>
`;

export function isServerRoute(urlPath: string): boolean {
  return SERVER_ROUTE.test(urlPath);
}

export function webClient(clientDist: string) {
  const files = express.static(clientDist, {
    index: false,
    redirect: false,
    fallthrough: true,
    dotfiles: 'ignore',
    setHeaders: (res, filePath) => {
      const relative = path.relative(clientDist, filePath).split(path.sep).join('/');
      res.setHeader('Cache-Control', HASHED_ASSET.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const indexFile = path.join(clientDist, 'index.html');

  const deepLinks = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerRoute(req.path)) return next();
    // A missing hashed asset is a stale page asking for an old build: a 404, never index.html.
    if (req.path.startsWith('/assets/')) return next();
    if (!fs.existsSync(indexFile)) {
      res.status(200).setHeader('Cache-Control', 'no-store').type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile, { dotfiles: 'deny' }, (error) => {
      if (error) next(error);
    });
  };

  return [
    (req: Request, res: Response, next: NextFunction) => (isServerRoute(req.path) ? next() : files(req, res, next)),
    deepLinks,
  ];
}

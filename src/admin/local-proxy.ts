import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { Request, Response } from 'express';
import { LOCAL_PROXY_PATH, markLocalEditor } from './backend.ts';
import { contentInRepository } from './content-folder.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * `npm run dev` opens the editor at `/admin/` against the working copy: Decap's own local proxy
 * (decap-server, file-system mode) answers at `/api/v1` on the dev server, reading and writing the
 * content folder's repository. It answers this machine only: a dev server started with `--host` on a
 * shared network must not let others write into the working copy.
 */
export function localEditor(): AstroIntegration {
  let dev = false;
  return {
    name: 'broadsheet-local-editor',
    hooks: {
      // A build can start a dev server of its own too (it does when NODE_ENV is not production): only
      // `astro dev` gets the proxy, and only then is the editor's config the local one.
      'astro:config:setup': ({ command }) => void (dev = command === 'dev'),
      'astro:server:setup': async ({ server, logger }) => {
        if (!dev) return;
        const { repository } = contentInRepository();
        // decap-server reads the folder it serves from here, once, when it is registered.
        process.env['GIT_REPO_DIRECTORY'] = repository;
        // Loaded here, not at the top: a build never needs them, and a production install lacks them.
        const { default: express } = await import('express');
        // A webpack bundle in CommonJS: Node sees only its default export.
        const { default: decap } = await import('decap-server/dist/middlewares.js');
        const app = express();
        await decap.registerLocalFs(app, { logLevel: 'warn' });
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!req.url?.startsWith(LOCAL_PROXY_PATH)) return next();
          if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
            res.statusCode = 403;
            return res.end('The local editor answers only this machine.');
          }
          app(req as Request, res as Response, next);
        });
        markLocalEditor();
        logger.info(`Editor: /admin/ saves into ${repository}`);
      },
    },
  };
}

import { Hono } from 'hono';
import { html } from './html';
import { respond } from './layout';

/** example.localhost: a page on no marketplace at all; no content script may run here. */
export function exampleHost(): Hono {
  const app = new Hono();
  app.get('/', (c) =>
    respond(c, {
      title: 'Example Domain',
      site: 'other',
      body: html`<h1>Example Domain</h1><p data-testid="example">This page is not a marketplace.</p>`,
    }),
  );
  return app;
}

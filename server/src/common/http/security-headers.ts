import type { ApolloServerPlugin } from '@apollo/server';
import helmet from 'helmet';

/**
 * The response headers that keep the portal in its own box. The Content-Security-Policy is what
 * the built portal needs and no more: its own scripts and styles (Ant Design injects style
 * elements, hence 'unsafe-inline' for styles only), images from data: and blob: URLs (generated
 * icons and downloads), requests to its own origin. HSTS only where the server sits behind HTTPS,
 * which COOKIE_SECURE states; over plain HTTP it would lock browsers out of a test server.
 */
export function securityHeaders(options: { https: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The portal's service worker (sw.js) and its web app manifest, both from this origin.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * Every GraphQL answer is about its viewer: no cache may keep it. Apollo's cache-control plugin
 * would say the same (no field has a cache hint) after computing a policy field by field, which
 * costs a call per field of every record; it is switched off and the header set here, once.
 */
export function noStoreGraphqlAnswers(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

import type { FastifyInstance, FastifyPluginAsync } from 'fastify';

/**
 * Makes a plugin whose hooks, handlers and decorators apply to the context that registers it
 * (Fastify's `skip-override`, what the fastify-plugin package sets) instead of a child context.
 * @throws never
 */
export function shareWithParent<Options extends Record<string, unknown>>(
  register: (app: FastifyInstance, options: Options) => void | Promise<void>,
): FastifyPluginAsync<Options> {
  const plugin: FastifyPluginAsync<Options> = async (app, options) => {
    await register(app, options);
  };
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}

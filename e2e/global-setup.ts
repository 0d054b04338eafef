import type { TestProject } from 'vitest/node';
import { startApp } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const app = await startApp();
  stop = app.stop;
  project.provide('baseUrl', app.baseUrl);
}

export async function teardown() {
  await stop?.();
}

import type { ServerModule } from '../../platform/module.ts';
import { registerOpen311Routes } from './open311.routes.ts';

export const open311Module: ServerModule = {
  name: 'open311',
  routes: registerOpen311Routes,
};

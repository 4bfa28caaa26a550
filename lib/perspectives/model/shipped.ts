/** The lens model that ships: trained on every gold article (`npm run build:lens-model`). */
import { LENS_MODEL } from './data/lens-model';
import type { LensModel } from './lens-model';

export const SHIPPED_LENS_MODEL: LensModel = LENS_MODEL;

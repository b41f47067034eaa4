// Every figure of the book, one module per figure (content/figures/<chapter>/<id>.ts): its
// drawing and its texts in both languages. A chapter places one with <Figure id="…" /> and
// points to it with <FigRef id="…" />; the number comes from its place in the chapter.
// See content/AUTHORING.md, "Figures".
import type { FigureDef } from '@/lib/figures/types';
import modelSizeGrowth from './large-model-overview/fig-model-size-growth';
import pretrainAdapt from './large-model-overview/fig-pretrain-adapt';
import activationFunctions from './algorithm-principles/fig-activation-functions';
import transformerArchitecture from './algorithm-principles/fig-transformer-architecture';

export const figures: readonly FigureDef[] = [modelSizeGrowth, pretrainAdapt, activationFunctions, transformerArchitecture];

export const figureById: ReadonlyMap<string, FigureDef> = new Map(figures.map((f) => [f.id, f]));

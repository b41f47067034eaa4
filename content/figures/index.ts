// Every figure of the book, one module per figure (content/figures/<chapter>/<id>.ts): its
// drawing and its texts in both languages. A chapter places one with <Figure id="…" /> and
// points to it with <FigRef id="…" />; the number comes from its place in the chapter.
// See content/AUTHORING.md, "Figures".
import type { FigureDef } from '@/lib/figures/types';
import denseVsMoe from './large-model-overview/fig-dense-vs-moe';
import modelSizeGrowth from './large-model-overview/fig-model-size-growth';
import pretrainAdapt from './large-model-overview/fig-pretrain-adapt';
import activationFunctions from './algorithm-principles/fig-activation-functions';
import alignmentHeatmap from './algorithm-principles/fig-alignment-heatmap';
import backpropGraph from './algorithm-principles/fig-backprop-graph';
import gradientDescent from './algorithm-principles/fig-gradient-descent';
import lmObjectives from './algorithm-principles/fig-lm-objectives';
import lstmCell from './algorithm-principles/fig-lstm-cell';
import multiHeadAttention from './algorithm-principles/fig-multi-head-attention';
import neuronAndLayer from './algorithm-principles/fig-neuron-and-layer';
import oneHotVsEmbedding from './algorithm-principles/fig-one-hot-vs-embedding';
import positionalEncoding from './algorithm-principles/fig-positional-encoding';
import rnnUnrolled from './algorithm-principles/fig-rnn-unrolled';
import scaledDotProduct from './algorithm-principles/fig-scaled-dot-product';
import softmax from './algorithm-principles/fig-softmax';
import transformerArchitecture from './algorithm-principles/fig-transformer-architecture';
import transformerFamilies from './algorithm-principles/fig-transformer-families';
import classifierPipelines from './business-applications/fig-classifier-pipelines';
import decodingTree from './business-applications/fig-decoding-tree';
import retrievalRanking from './business-applications/fig-retrieval-ranking';
import seq2seqAttention from './business-applications/fig-seq2seq-attention';
import cnnVsVit from './technical-applications/fig-cnn-vs-vit';
import ganVsDiffusion from './technical-applications/fig-gan-vs-diffusion';
import iouNms from './technical-applications/fig-iou-nms';
import speakerEer from './technical-applications/fig-speaker-eer';
import speechPipeline from './technical-applications/fig-speech-pipeline';
import ttsPipeline from './technical-applications/fig-tts-pipeline';
import aiRulesTimeline from './startup-landscape/fig-ai-rules-timeline';
import decodeCost from './startup-landscape/fig-decode-cost';
import servingMemory from './startup-landscape/fig-serving-memory';
import startupStack from './startup-landscape/fig-startup-stack';
import taskCogs from './startup-landscape/fig-task-cogs';
import caseTimelines from './case-studies/fig-case-timelines';
import energyComparison from './future-trends/fig-energy-comparison';
import taskModesCost from './future-trends/fig-task-modes-cost';

export const figures: readonly FigureDef[] = [
  denseVsMoe,
  modelSizeGrowth,
  pretrainAdapt,
  activationFunctions,
  alignmentHeatmap,
  backpropGraph,
  gradientDescent,
  lmObjectives,
  lstmCell,
  multiHeadAttention,
  neuronAndLayer,
  oneHotVsEmbedding,
  positionalEncoding,
  rnnUnrolled,
  scaledDotProduct,
  softmax,
  transformerArchitecture,
  transformerFamilies,
  classifierPipelines,
  decodingTree,
  retrievalRanking,
  seq2seqAttention,
  cnnVsVit,
  ganVsDiffusion,
  iouNms,
  speakerEer,
  speechPipeline,
  ttsPipeline,
  aiRulesTimeline,
  decodeCost,
  servingMemory,
  startupStack,
  taskCogs,
  caseTimelines,
  energyComparison,
  taskModesCost,
];

export const figureById: ReadonlyMap<string, FigureDef> = new Map(figures.map((f) => [f.id, f]));

import { namesOf } from '../engine/index.js';
import { effectText, previewEffect, type ScenarioEvent } from '../model/index.js';
import { nameOf } from './actionText.js';
import { INDEX_LABELS } from './debrief.js';
import type { Game } from './game.js';

/**
 * Pure: what an inject will change, before it is queued, in sentences: its text, its effect in
 * words, how the indices would move if it struck the world as it stands, and the objectives it
 * would turn (the last only when it turns any).
 */
export function injectPreview(game: Game, inject: ScenarioEvent): string[] {
  const { run } = game;
  const preview = previewEffect(run.scenario.rules, run.world, run.present, inject.effect, run.scenario.objectives ?? {});
  const changes = effectText(inject.effect, namesOf(run));
  const moves = preview.indices.map((m) => `${INDEX_LABELS[m.name]} ${m.before.toFixed(1)} → ${m.after.toFixed(1)}`);
  const turned = preview.objectives.map((o) => `${o.met ? '✓' : '✗'} ${nameOf(run.scenario.rules, o.actor)}: ${o.text}`);
  return [
    inject.text,
    `Changes: ${changes.length > 0 ? changes.join('; ') : 'nothing measurable'}.`,
    `On the world as it stands: ${moves.length > 0 ? moves.join(' · ') : 'no index moves'}.`,
    ...(turned.length > 0 ? [`Objectives it would turn: ${turned.join('; ')}.`] : []),
  ];
}

import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../common/i18n.js';
import { renderRichText } from '../common/render-rich-text.js';
import type { Story } from '../data/types.js';

/** The atlas's Story mode: the step's text, "3 of 9", a progress bar, Previous / Next, and the way back. */
export interface TourState {
  readonly story: Story;
  readonly index: number;
  readonly lang: string;
  readonly go: (index: number) => void;
  readonly exit: () => void;
}

export function renderTour(state: TourState): TemplateResult | typeof nothing {
  const { story, index, lang } = state;
  const step = story.steps[index];
  if (!step) return nothing;
  const total = story.steps.length;
  const onKey = (event: KeyboardEvent) => {
    const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
    const on = event.key === 'ArrowRight' || event.key === 'PageDown';
    if (event.key === 'Escape') state.exit();
    else if (back && index > 0) state.go(index - 1);
    else if (on && index < total - 1) state.go(index + 1);
    else if (!back && !on) return;
    event.preventDefault();
  };
  return html`<section class="tour" part="tour" aria-label=${story.title ?? t(lang, 'startStory')} @keydown=${onKey}>
    <p class="visually-hidden">${t(lang, 'storyControls')}</p>
    <div class="tour-head">
      <span class="tour-count">${t(lang, 'storyOf', { n: index + 1, total })}</span>
      <progress max=${total} value=${index + 1} aria-label=${t(lang, 'storyOf', { n: index + 1, total })}></progress>
    </div>
    <h3 class="tour-title">${step.title}</h3>
    ${step.text ? html`<div class="tour-text">${renderRichText(step.text)}</div>` : nothing}
    <div class="tour-buttons">
      <button type="button" class="button tour-previous" ?disabled=${index === 0} @click=${() => state.go(index - 1)}>
        ${t(lang, 'storyPrevious')}
      </button>
      <button
        type="button"
        class="button tour-next"
        ?disabled=${index === total - 1}
        @click=${() => state.go(index + 1)}
      >
        ${t(lang, 'storyNext')}
      </button>
      <button type="button" class="button tour-exit" @click=${state.exit}>${t(lang, 'storyExit')}</button>
    </div>
  </section>`;
}

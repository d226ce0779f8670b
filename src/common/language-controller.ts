import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageReady, loadLanguage } from './i18n.js';
import { elementLang } from './lang.js';

/**
 * Makes sure the catalogue of the host's language is here: on the first update in a language that is not, the host
 * renders in English once, fetches the catalogue, and renders again when it arrives.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = elementLang(this.#host);
    if (languageReady(lang)) return;
    void loadLanguage(lang).then((arrived) => {
      if (arrived && this.#host.isConnected) this.#host.requestUpdate();
    });
  }
}

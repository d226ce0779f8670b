// The drop-in file: everything, with every dependency inside. `<script type="module" src="relations-atlas.bundle.js">`
export * from './index.js';

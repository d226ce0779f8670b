// Gives the atlas on hostile.html the security suite's data set (every string field carries the XSS corpus).
import { armXssTrap, hostileDataset } from '../browser/hostile-data.ts';

armXssTrap();
await customElements.whenDefined('relations-atlas');
document.querySelector('relations-atlas').data = hostileDataset();

import { getChannel } from '../src/index.ts';

document.getElementById('show-twins').addEventListener('click', () => {
  getChannel('relations').select({ placeIds: ['gazakh', 'agstafa', 'shamkir', 'trakai', 'birstonas', 'siauliai'] });
});

/** configurator.html: the embed configurator, with the widget it previews. */
import '../../embed/index';
import { toLang } from '../../i18n/to-lang';
import './lz-configurator';

const configurator = document.createElement('lz-configurator');
configurator.lang = toLang(new URLSearchParams(location.search).get('lang') ?? navigator.language);
document.querySelector('main')!.append(configurator);

/**
 * Issue 10, usage advice (seed 004): an after-sales service should tell customers, in plain words,
 * what to do and not to do so that their appliance does not break down, because many never read
 * the manual and technicians' words are not theirs. This is SAV's default library: short tips per
 * product category, each tied to what it prevents (a part code, as in WARRANTY_PARTS, or a symptom
 * code, as in DEFAULT_FAULT_MAPPING) or to GENERAL care, in every language SAV speaks.
 * A tenant may write its own tips per model; usage-tip-selection.ts picks which ones to show.
 */
import type { Language } from '../language/language.js';
import { normaliseCategory } from '../legal/appliance-categories.js';

/** The cause of tips that are good care whatever fails: shown when a model has no repairs yet. */
export const GENERAL_CARE = 'GENERAL';

/** One tip of the library: the words, and the causes of failure it helps avoid. */
export interface DefaultUsageTip {
  /** Part codes, symptom codes, and GENERAL_CARE when the tip is worth giving before anything failed. */
  readonly causes: readonly string[];
  readonly text: Readonly<Record<Language, string>>;
}

const CALL_EARLY: DefaultUsageTip = {
  causes: [GENERAL_CARE],
  text: {
    en: 'If it sounds or smells unusual, switch it off and call us before it gets worse.',
    fr: 'Si l’appareil fait un bruit ou a une odeur inhabituels, éteignez-le et appelez-nous avant que cela empire.',
    nl: 'Maakt het een vreemd geluid of ruikt het vreemd, zet het dan uit en bel ons voor het erger wordt.',
    zh: '如果电器发出异常的声音或气味，请先关掉，并在问题变严重前联系我们。',
  },
};

const FRIDGE_TIPS: readonly DefaultUsageTip[] = [
  {
    causes: ['DOOR', 'DOOR_NOT_CLOSING', 'ICE_BUILDUP', GENERAL_CARE],
    text: {
      en: 'Close the door firmly and wipe its rubber seal with warm soapy water once a month.',
      fr: 'Fermez bien la porte et essuyez son joint en caoutchouc à l’eau savonneuse tiède une fois par mois.',
      nl: 'Sluit de deur goed en veeg de rubberen rand één keer per maand af met lauw zeepsop.',
      zh: '请把冰箱门关紧，并每月用温肥皂水擦一次门上的橡胶密封条。',
    },
  },
  {
    causes: ['DOOR_NOT_CLOSING', 'DOOR'],
    text: {
      en: 'Do not overfill the door shelves: heavy bottles stop the door closing and wear its hinges.',
      fr: 'Ne surchargez pas les balconnets : les bouteilles lourdes empêchent la porte de fermer et usent ses charnières.',
      nl: 'Zet de deurvakken niet te vol: zware flessen houden de deur open en verslijten de scharnieren.',
      zh: '门上的搁架不要放太多：太重的瓶子会让门关不严，还会磨损门铰链。',
    },
  },
  {
    causes: ['CONDENSER', 'COMPRESSOR', 'NOT_COOLING', GENERAL_CARE],
    text: {
      en: 'Twice a year, unplug the fridge and dust the grille at the back or underneath: dust makes it work too hard.',
      fr: 'Deux fois par an, débranchez le réfrigérateur et dépoussiérez la grille à l’arrière ou en dessous : la poussière le fait forcer.',
      nl: 'Trek twee keer per jaar de stekker eruit en stof het rooster achter of onder de koelkast af: stof laat hem te hard werken.',
      zh: '每年两次，拔掉电源，清扫冰箱背面或底部格栅上的灰尘：灰尘会让冰箱过度工作。',
    },
  },
  {
    causes: ['COMPRESSOR', 'NOISY', GENERAL_CARE],
    text: {
      en: 'Leave a hand’s width of space behind and above the fridge so that its heat can escape.',
      fr: 'Laissez l’espace d’une main derrière et au-dessus du réfrigérateur pour que sa chaleur s’échappe.',
      nl: 'Laat een handbreedte ruimte achter en boven de koelkast, zodat de warmte weg kan.',
      zh: '冰箱背面和顶部请留出一只手掌宽的空间，方便散热。',
    },
  },
  {
    causes: ['FAN_MOTOR', 'NOT_COOLING', 'EVAPORATOR'],
    text: {
      en: 'Do not block the air vents inside with food, and let hot dishes cool before putting them in.',
      fr: 'Ne bouchez pas les aérations intérieures avec des aliments, et laissez refroidir les plats chauds avant de les ranger.',
      nl: 'Zet geen eten voor de luchtopeningen binnenin, en laat warme gerechten eerst afkoelen.',
      zh: '不要用食物挡住冰箱内的出风口，热的饭菜请放凉后再放进去。',
    },
  },
  {
    causes: ['DEFROST_HEATER', 'TIMER', 'ICE_BUILDUP', 'LEAKING_WATER'],
    text: {
      en: 'Open the door only as long as you need: the warm air that comes in turns into ice and water.',
      fr: 'N’ouvrez la porte que le temps nécessaire : l’air chaud qui entre se transforme en glace et en eau.',
      nl: 'Open de deur alleen zo lang als nodig: de warme lucht die binnenkomt wordt ijs en water.',
      zh: '开门时间尽量短：进入冰箱的热空气会变成冰和水。',
    },
  },
  {
    causes: ['LEAKING_WATER', 'DEFROST_HEATER'],
    text: {
      en: 'Keep the small drain hole at the back inside the fridge clear, with a cotton bud, so that melted water can flow away.',
      fr: 'Gardez dégagé le petit trou d’écoulement au fond du réfrigérateur, avec un coton-tige, pour que l’eau puisse partir.',
      nl: 'Houd het kleine afvoergaatje achter in de koelkast vrij met een wattenstaafje, zodat smeltwater weg kan.',
      zh: '用棉签保持冰箱内后壁的小排水孔通畅，让融化的水能流走。',
    },
  },
  {
    causes: ['TEMPERATURE_CONTROLLER', 'TOO_COLD'],
    text: {
      en: 'Set the fridge to about 4 °C; change the setting a little at a time, then wait a day.',
      fr: 'Réglez le réfrigérateur vers 4 °C ; changez le réglage petit à petit, puis attendez un jour.',
      nl: 'Zet de koelkast op ongeveer 4 °C; verander de stand beetje bij beetje en wacht dan een dag.',
      zh: '冷藏室设在4°C左右；调温度时每次只调一点，然后等一天再看。',
    },
  },
  {
    causes: ['MAIN_CONTROL_BOARD', 'DISPLAY_ERROR', 'NOT_STARTING'],
    text: {
      en: 'Plug the fridge straight into a wall socket, not into an extension lead or a multi-plug.',
      fr: 'Branchez le réfrigérateur directement sur une prise murale, pas sur une rallonge ni une multiprise.',
      nl: 'Steek de stekker van de koelkast rechtstreeks in het stopcontact, niet in een verlengsnoer of stekkerdoos.',
      zh: '冰箱插头请直接插在墙上的插座上，不要用延长线或接线板。',
    },
  },
  {
    causes: ['NOISY', 'CABINET'],
    text: {
      en: 'Make sure the fridge stands level and does not touch the wall or the cupboards.',
      fr: 'Vérifiez que le réfrigérateur est bien d’aplomb et ne touche ni le mur ni les meubles.',
      nl: 'Zorg dat de koelkast recht staat en de muur of de kasten niet raakt.',
      zh: '请确保冰箱放平，并且不要贴着墙或橱柜。',
    },
  },
  {
    causes: ['ICE_MAKER', 'SOLENOID_VALVE'],
    text: {
      en: 'Switch the ice maker off when you do not use it for a while, so that it does not run dry.',
      fr: 'Éteignez la machine à glaçons si vous ne vous en servez pas pendant un moment, pour qu’elle ne tourne pas à vide.',
      nl: 'Zet de ijsblokjesmaker uit als u hem een tijd niet gebruikt, zodat hij niet droog draait.',
      zh: '一段时间不用制冰机时请把它关掉，以免空转。',
    },
  },
  CALL_EARLY,
];

const AIR_CONDITIONER_TIPS: readonly DefaultUsageTip[] = [
  {
    causes: ['FILTER', 'BAD_SMELL', 'NOT_COOLING', 'EVAPORATOR', GENERAL_CARE],
    text: {
      en: 'In season, rinse the air filters in lukewarm water every two weeks and let them dry before putting them back.',
      fr: 'En saison, rincez les filtres à air à l’eau tiède toutes les deux semaines et laissez-les sécher avant de les remettre.',
      nl: 'Spoel in het seizoen de luchtfilters elke twee weken af met lauw water en laat ze drogen voor u ze terugzet.',
      zh: '使用季节里，每两周用温水冲洗一次空气滤网，晾干后再装回去。',
    },
  },
  {
    causes: ['CONDENSER', 'COMPRESSOR', 'NOT_COOLING', 'NOT_HEATING', GENERAL_CARE],
    text: {
      en: 'Keep the outdoor unit free of leaves, plants and covers: it needs air all around it.',
      fr: 'Dégagez l’unité extérieure des feuilles, des plantes et des bâches : elle a besoin d’air tout autour.',
      nl: 'Houd de buitenunit vrij van bladeren, planten en hoezen: er moet rondom lucht bij kunnen.',
      zh: '室外机周围不要有落叶、植物或遮盖物：它四周都需要通风。',
    },
  },
  {
    causes: ['COMPRESSOR', 'NOT_COOLING', GENERAL_CARE],
    text: {
      en: 'Do not set it very cold: 6 to 8 degrees below the outside is enough. Keep windows closed while it runs.',
      fr: 'Ne réglez pas trop froid : 6 à 8 degrés de moins qu’à l’extérieur suffisent. Gardez les fenêtres fermées quand il tourne.',
      nl: 'Zet hem niet te koud: 6 tot 8 graden onder de buitentemperatuur is genoeg. Houd de ramen dicht als hij draait.',
      zh: '温度不要设得太低：比室外低6到8度就够了。开空调时请关好门窗。',
    },
  },
  {
    causes: ['LEAKING_WATER', 'PARTS'],
    text: {
      en: 'Keep the small water pipe outside free of kinks and dirt, so that the water can run away.',
      fr: 'Gardez le petit tuyau d’eau extérieur sans pli ni saleté, pour que l’eau puisse s’écouler.',
      nl: 'Houd het kleine waterslangetje buiten vrij van knikken en vuil, zodat het water weg kan.',
      zh: '保持室外的小排水管通畅，不要弯折或被脏东西堵住，让水能流出去。',
    },
  },
  {
    causes: ['MAIN_CONTROL_BOARD', 'ERROR_CODE', 'NOT_STARTING', 'SOLENOID_VALVE'],
    text: {
      en: 'After a power cut, wait a few minutes before switching it back on.',
      fr: 'Après une coupure de courant, attendez quelques minutes avant de le rallumer.',
      nl: 'Wacht na een stroomstoring een paar minuten voor u hem weer aanzet.',
      zh: '停电后请等几分钟再重新开机。',
    },
  },
  {
    causes: ['REMOTE_NOT_RESPONDING'],
    text: {
      en: 'Change both remote control batteries at once, and take them out if you will not use it for months.',
      fr: 'Changez les deux piles de la télécommande en même temps, et retirez-les si vous ne vous en servez pas pendant des mois.',
      nl: 'Vervang beide batterijen van de afstandsbediening tegelijk, en haal ze eruit als u hem maanden niet gebruikt.',
      zh: '遥控器的两节电池请一起更换；几个月不用时请把电池取出来。',
    },
  },
  {
    causes: ['FAN_MOTOR', 'NOISY'],
    text: {
      en: 'Do not put anything on the indoor or outdoor unit, and check that the outdoor unit stands firmly.',
      fr: 'Ne posez rien sur les unités intérieure et extérieure, et vérifiez que l’unité extérieure est bien stable.',
      nl: 'Leg niets op de binnen- of buitenunit en kijk of de buitenunit stevig staat.',
      zh: '不要在室内机或室外机上放东西，并检查室外机是否放稳。',
    },
  },
  CALL_EARLY,
];

const WASHING_MACHINE_TIPS: readonly DefaultUsageTip[] = [
  {
    causes: ['FILTER', GENERAL_CARE],
    text: {
      en: 'Every two months, empty the small pump filter at the bottom front; and empty pockets before washing.',
      fr: 'Tous les deux mois, videz le petit filtre de la pompe en bas à l’avant ; et videz les poches avant de laver.',
      nl: 'Maak elke twee maanden het kleine pompfilter onderaan de voorkant leeg, en haal de zakken leeg voor het wassen.',
      zh: '每两个月清理一次机器正面下方的小过滤器；洗衣前请掏空口袋。',
    },
  },
  {
    causes: ['DOOR', GENERAL_CARE],
    text: {
      en: 'After washing, wipe the rubber seal of the door dry and leave the door ajar so that it does not go mouldy.',
      fr: 'Après le lavage, essuyez le joint en caoutchouc du hublot et laissez la porte entrouverte pour éviter la moisissure.',
      nl: 'Veeg na het wassen de rubberen rand van de deur droog en laat de deur op een kier, zodat er geen schimmel komt.',
      zh: '洗完衣服后，把门上的橡胶密封圈擦干，并让门留一条缝，防止发霉。',
    },
  },
  {
    causes: ['WHOLE_UNIT', 'CABINET', GENERAL_CARE],
    text: {
      en: 'Do not overload the drum: a hand should still fit above the laundry.',
      fr: 'Ne surchargez pas le tambour : une main doit encore passer au-dessus du linge.',
      nl: 'Doe de trommel niet te vol: er moet nog een hand boven de was passen.',
      zh: '滚筒里不要放太多衣物：衣物上方应还能放进一只手。',
    },
  },
  {
    causes: ['MAIN_CONTROL_BOARD', 'SOLENOID_VALVE'],
    text: {
      en: 'Turn the water tap off after washing and plug the machine straight into a wall socket.',
      fr: 'Fermez le robinet d’eau après le lavage et branchez la machine directement sur une prise murale.',
      nl: 'Draai na het wassen de waterkraan dicht en steek de stekker rechtstreeks in het stopcontact.',
      zh: '洗完衣服后请关上水龙头，洗衣机插头请直接插在墙上的插座上。',
    },
  },
  CALL_EARLY,
];

/** Good care for an appliance of a category the library does not know. */
const ANY_APPLIANCE_TIPS: readonly DefaultUsageTip[] = [
  {
    causes: ['MAIN_CONTROL_BOARD', 'WHOLE_UNIT', GENERAL_CARE],
    text: {
      en: 'Keep the appliance clean and free of dust, and plug it straight into a wall socket.',
      fr: 'Gardez l’appareil propre et sans poussière, et branchez-le directement sur une prise murale.',
      nl: 'Houd het apparaat schoon en stofvrij, en steek de stekker rechtstreeks in het stopcontact.',
      zh: '保持电器清洁无尘，插头请直接插在墙上的插座上。',
    },
  },
  CALL_EARLY,
];

/** SAV's default tips per product category (as ProductModel.category), the most useful first within a cause. */
export const DEFAULT_USAGE_TIPS: Readonly<Record<string, readonly DefaultUsageTip[]>> = {
  REFRIGERATOR: FRIDGE_TIPS,
  AIR_CONDITIONER: AIR_CONDITIONER_TIPS,
  WASHING_MACHINE: WASHING_MACHINE_TIPS,
};

/** Categories that take another's tips: a freezer is cared for as a fridge is. */
const SAME_CARE_AS: Readonly<Record<string, string>> = {
  FREEZER: 'REFRIGERATOR',
  FRIDGE_FREEZER: 'REFRIGERATOR',
  WINE_COOLER: 'REFRIGERATOR',
  WASHER_DRYER: 'WASHING_MACHINE',
};

/** The default tips for a product category ("fridge freezer", "REFRIGERATOR", …); general ones for a category the library does not know. */
export function defaultUsageTipsFor(category: string): readonly DefaultUsageTip[] {
  const normalised = normaliseCategory(category);
  return DEFAULT_USAGE_TIPS[SAME_CARE_AS[normalised] ?? normalised] ?? ANY_APPLIANCE_TIPS;
}

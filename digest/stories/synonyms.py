"""Words news reports use for one thing, in every language the merge reads: "power cut", "outage",
"Stromausfall", "apagón", "coupure de courant", "отключение света" are one outage; "walkout",
"Warnstreik", "grève", "забастовка" one strike.

Outlets tell one event in their own words, and the word-vector model behind `digest.stories.embed`
scores such pairs barely above unrelated ones (outage/blackout 0.17, heist/robbery 0.12), and not at
all across languages. `concepts` finds in a title and lead the phrases of each group below, in the
text's language, and names the group, so the merge counts two reports saying one thing in other
words, or in two languages, as sharing a term; `stand_in` lets a followed topic's word ("outage")
match an article's phrase of its group ("blackout"), never one inside an idiom ("stole the show":
`Language.idioms`), and `names_outright` tells a phrase that names the thing ("power cut") from a single
word or one the language also writes as a figure of speech ("lost power" in a vote:
`Language.figurative_phrases`). A group is one kind of happening
(an outage, a strike, a closure, a resignation, a flood ...) or one kind of who or what in the words
outlets swap (a prime minister or premier, a chief executive or boss, homes or households), with its
words in each language as the language's journalists write them. Groups say nothing about where or to whom,
which the merge reads from names, figures and places, so two like events in two cities stay apart.

Phrases match on base forms: each word by its Snowball stem in the text's language
(`digest.stories.stems`: "Stromausfälle" is "Stromausfall", "забастовки" "забастовка"), Ukrainian by
its pymorphy3 dictionary form, English as written (its stems merge words of other groups: "fired"
and "fire", "homes" and "home"); a figure in digits is any figure ("jailed for 0 years"); articles
are skipped ("hit the rocks", "hits rocks"), and in German
and Dutch a compound ending in a group's word names its group ("Bahnstreik", "Großbrand"): in German
a noun's (a prefixed verb is another verb: "ausgeschlossen" is no closure), never a place's name
("Innsbruck", "Saarbrücken" are no bridges), nor one ending in a noun the language uses there as a
figure of speech (`Language.figurative_heads`: "Datenflut" is no flood). Maintained
here: add a phrase to the group it means, in the language it is written in; never a group, nor a
phrase, for one story.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat

import regex

from digest.article.textnorm import casefold, fold
from digest.lang import morph, resources
from digest.stories import places
from digest.stories.stems import base_code, stem

# One group a key: a concept, then per language its phrases, comma-separated.
GROUPS: dict[str, dict[str, str]] = {
    "outage": {
        "en": "power cut, power cuts, power outage, power outages, outage, outages, blackout, blackouts, "
        "power failure, power failures, without power, without electricity, lost power, in the dark, "
        "supply failure, knocked out power, cut power, lights out, plunged into darkness",
        "de": "Stromausfall, Stromausfälle, Blackout, Netzausfall, Stromunterbrechung, Stromsperre, "
        "ohne Strom, kein Strom, stromlos, im Dunkeln",
        "fr": "panne de courant, pannes de courant, panne d'électricité, panne électrique, "
        "coupure de courant, coupures de courant, coupure d'électricité, black-out, blackout, "
        "privés d'électricité, privés de courant, sans électricité, sans courant, dans le noir",
        "es": "apagón, apagones, corte de luz, cortes de luz, corte eléctrico, corte de electricidad, "
        "sin luz, sin electricidad, sin suministro eléctrico, a oscuras, cero energético, fallo eléctrico, "
        "blackout",
        "it": "blackout, black-out, interruzione di corrente, interruzione dell'energia elettrica, "
        "senza corrente, senza luce, senza elettricità, al buio, guasto elettrico, mancanza di corrente",
        "pt": "apagão, apagões, corte de energia, corte de luz, falha de energia, falha elétrica, sem luz, "
        "sem eletricidade, sem energia, às escuras, blackout",
        "ru": "отключение электроэнергии, отключение электричества, отключение света, без света, "
        "без электричества, без электроэнергии, блэкаут, блекаут, обесточены, обесточило, "
        "обесточенными, веерные отключения",
        "uk": "відключення світла, відключення електроенергії, без світла, без електрики, "
        "без електроенергії, блекаут, знеструмлено, знеструмлення, знеструмлені",
        "pl": "awaria prądu, przerwa w dostawie prądu, przerwy w dostawach prądu, bez prądu, brak prądu, "
        "wyłączenie prądu, awaria zasilania, blackout",
        "nl": "stroomstoring, stroomuitval, black-out, zonder stroom, in het donker",
    },
    "strike": {
        "en": "strike, strikes, workers strike, workers strikes, striking, strikers, walkout, walkouts, "
        "walked out, walk out, walking out, industrial action, stoppage, stoppages, downed tools, "
        "down tools, stop work, stopped work, picket, pickets",
        "de": "Streik, Streiks, streiken, streikt, streikten, bestreikt, Ausstand, Arbeitsniederlegung, "
        "legen die Arbeit nieder, legten die Arbeit nieder, Arbeitskampf",
        "fr": "grève, grèves, gréviste, grévistes, débrayage, mouvement social, arrêt de travail, "
        "cessation de travail",
        "es": "huelga, huelgas, huelguista, huelguistas, jornada de huelga, paro ferroviario, "
        "paros ferroviarios, jornada de paros",
        "it": "sciopero, scioperi, scioperano, scioperare, astensione dal lavoro, agitazione sindacale, "
        "incrociano le braccia",
        "pt": "greve, greves, grevistas, paralisação, paralisações",
        "ru": "забастовка, забастовки, бастуют, бастовать, забастовщики, стачка, прекратили работу",
        "uk": "страйк, страйки, страйкують, страйкувати, припинили роботу",
        "pl": "strajk, strajki, strajkują, strajkujący, strajkować, odeszli od pracy",
        "nl": "staking, stakingen, staken, leggen het werk neer, werkonderbreking",
    },
    "resign": {
        "en": "resign, resigns, resigned, resigning, resignation, quit, quits, quitting, step down, "
        "steps down, stepped down, stepping down, stand down, stands down, stood down, departs, departure",
        "de": "Rücktritt, zurückgetreten, tritt zurück, treten zurück, trat zurück, zurücktreten, "
        "legt sein Amt nieder, legt ihr Amt nieder, legte sein Amt nieder, legte ihr Amt nieder, "
        "Amtsniederlegung, wirft hin, demissioniert",
        "fr": "démission, démissionne, démissionné, démissionnaire, quitte ses fonctions, jette l'éponge",
        "es": "dimisión, dimite, dimitido, dimitir, dimitió, renuncia, renunció, deja el cargo, "
        "abandona el cargo",
        "it": "dimissioni, si dimette, dimesso, si è dimesso, si è dimessa, lascia l'incarico, "
        "rassegna le dimissioni, fa un passo indietro",
        "pt": "demissão, demite-se, demitiu-se, renúncia, renunciou, deixa o cargo, apresentou a demissão",
        "ru": "отставка, отставку, подал в отставку, ушел в отставку, уходит в отставку, сложил полномочия, "
        "покидает пост, покинул пост",
        "uk": "відставка, відставку, подав у відставку, пішов у відставку, склав повноваження, "
        "залишає посаду",
        "pl": "dymisja, dymisję, rezygnacja, rezygnuje, podał się do dymisji, ustępuje, ustąpił",
        "nl": "ontslag, treedt af, trad af, stapt op, stapte op",
    },
    "dismiss": {
        "en": "sacked, sacks, sacking, fired, dismissed, dismisses, dismissal, axed, ousted, ousts, ousting, "
        "pushed out, removed, parted company, parts company, part company",
        "de": "gefeuert, geschasst, abgesetzt, Absetzung, abberufen, Abberufung, entlässt, "
        "des Amtes enthoben, entmachtet",
        "fr": "limogé, limogée, limogeage, limoge, renvoyé, démis de ses fonctions, congédié, évincé",
        "es": "destituido, destituida, destitución, destituye, cesado, cesada, despedido, despide",
        "it": "licenziato, licenziata, licenzia, silurato, destituito, rimosso, sollevato dall'incarico",
        "pt": "demitido, demitida, exonerado, exonerada, exoneração, exonera, destituído, afastado",
        "ru": "уволен, уволил, увольнение, отправлен в отставку, отправил в отставку, снят с должности, "
        "освобожден от должности",
        "uk": "звільнений, звільнив, звільнення, відправив у відставку, знятий з посади",
        "pl": "zdymisjonowany, odwołany, odwołanie, zwolniony, zwolnił",
        "nl": "ontslagen, ontslaat, op non-actief gesteld, uit zijn functie gezet, uit haar functie gezet",
    },
    "closure": {
        "en": "closed, closes, closure, shut, shuts, shutting, shutdown, out of action, out of use, "
        "out of service, suspended, halted, halts, standstill",
        "de": "gesperrt, Sperrung, sperrt, geschlossen, Schließung, schließt, stillgelegt, Stilllegung, "
        "dichtgemacht, außer Betrieb, eingestellt, lahmgelegt, legt lahm, Stillstand, steht still, "
        "stehen still",
        "fr": "fermé, fermée, fermeture, interdit à la circulation, coupé à la circulation, suspendu, "
        "suspendue, à l'arrêt, hors service, paralysé",
        "es": "cerrado, cerrada, cierre, cierra, cortado al tráfico, cortada al tráfico, suspendido, "
        "fuera de servicio, paralizado, clausurado",
        "it": "chiuso, chiusa, chiusura, chiude, interdetto, sospeso, sospesa, fuori servizio, paralizzato",
        "pt": "fechado, fechada, encerrado, encerramento, cortado ao trânsito, suspenso, suspensa, "
        "interditado, interdição",
        "ru": "закрыт, закрыли, закрытие, перекрыт, перекрыли, приостановлен, остановлено движение, "
        "парализован",
        "uk": "закритий, закрили, закриття, перекрито, перекрили, призупинено, паралізовано",
        "pl": "zamknięty, zamknięto, zamknięcie, wstrzymany, wstrzymano, wyłączony z ruchu, sparaliżowany",
        "nl": "gesloten, dicht, afgesloten, sluiting, buiten gebruik, stilgelegd",
    },
    "flood": {
        "en": "flood, floods, flooded, flooding, floodwater, floodwaters, inundated, deluge, swamped, "
        "under water, underwater, burst its banks, bursts its banks, overflowed, overflows, "
        "torrential rain, downpour, downpours",
        "de": "Hochwasser, Überschwemmung, Überschwemmungen, überschwemmt, Überflutung, überflutet, Flut, "
        "über die Ufer, Sturzflut, Sturmflut, Starkregen, unter Wasser",
        "fr": "inondation, inondations, inondé, inondés, crue, crues, sous les eaux, pluies torrentielles, "
        "sorti de son lit, débordement, déborde",
        "es": "inundación, inundaciones, inundado, inundados, riada, riadas, crecida, desbordamiento, "
        "se desborda, se desbordó, bajo el agua, lluvias torrenciales",
        "it": "alluvione, alluvioni, esondazione, esondato, esonda, allagamento, allagamenti, allagato, "
        "inondazione, rompe gli argini, nubifragio, bomba d'acqua",
        "pt": "inundação, inundações, inundado, enchente, enchentes, alagamento, alagado, transbordou, "
        "chuvas torrenciais",
        "ru": "наводнение, паводок, паводки, затопление, затоплены, затопило, подтопление, подтоплены, "
        "вышла из берегов, ливни",
        "uk": "повінь, паводок, затоплення, затоплені, затопило, підтоплення, вийшла з берегів, злива",
        "pl": "powódź, powodzie, zalane, zalania, podtopienia, wylała, fala powodziowa, ulewy, ulewa",
        "nl": "overstroming, overstromingen, overstroomd, wateroverlast, hoogwater",
    },
    "fire": {
        "en": "blaze, blazes, wildfire, wildfires, bushfire, bushfires, inferno, flames, caught fire, "
        "on fire, burst into flames, fire crews, firefighters",
        "de": "Brand, Brände, Feuer, brennt, brannte, in Flammen, Flammen, Feuerwehr",
        "fr": "incendie, incendies, en feu, flammes, brasier, pompiers, sapeurs-pompiers, embrasé",
        "es": "incendio, incendios, llamas, bomberos, arde, ardió, calcinado, pasto de las llamas",
        "it": "incendio, incendi, rogo, fiamme, vigili del fuoco, in fiamme, divampato, brucia",
        "pt": "incêndio, incêndios, chamas, bombeiros, em chamas, ardeu",
        "ru": "пожар, пожара, пожаре, горит, загорелся, возгорание, пламя, пожарные, охвачен огнем",
        "uk": "пожежа, пожежу, горить, загорівся, займання, полум'я, пожежники",
        "pl": "pożar, pożary, płonie, płonął, w ogniu, strażacy, straż pożarna",
        "nl": "brand, branden, vlammen, in brand, brandweer",
    },
    "theft": {
        "en": "theft, thieves, stole, stolen, steal, heist, robbery, robbed, robbers, burglary, burglars, "
        "raiders, made off with",
        "de": "Diebstahl, gestohlen, stehlen, stahlen, Diebe, Raub, Raubüberfall, Einbrecher, eingebrochen, "
        "erbeutet, Beute",
        "fr": "cambriolage, cambrioleurs, braquage, braqueurs, dérobé, dérobés, voleurs, butin",
        "es": "robo, robos, robado, robada, ladrones, atraco, atracadores, hurto, botín",
        "it": "furto, furti, rubato, rubati, ladri, rapina, rapinatori, bottino, trafugato",
        "pt": "roubo, roubado, ladrões, assalto, assaltantes, furto, furtado",
        "ru": "кража, украли, похищен, похитили, ограбление, грабители, воры",
        "uk": "крадіжка, викрали, вкрали, пограбування, грабіжники, злодії",
        "pl": "kradzież, skradziono, skradzione, ukradli, złodzieje, napad, rabunek, włamanie",
        "nl": "diefstal, gestolen, dieven, overval, roof, inbraak",
    },
    "derailment": {
        "en": "derailed, derails, derail, derailment, came off the tracks, comes off the tracks, "
        "came off the rails, comes off the rails, come off the rails, left the tracks, leaves the tracks, "
        "leave the tracks, left the rails, leaves the rails, jumped the tracks, jumps the tracks, "
        "jumped the rails",
        "de": "entgleist, entgleiste, Entgleisung, aus den Gleisen gesprungen, aus den Schienen gesprungen",
        "fr": "déraillement, déraillé, déraille, sorti des rails, quitté les rails",
        "es": "descarrilamiento, descarriló, descarrilado, descarrila, se salió de la vía",
        "it": "deragliamento, deragliato, deraglia, uscito dai binari",
        "pt": "descarrilamento, descarrilhamento, descarrilou, descarrilado",
        "ru": "сход с рельсов, сошел с рельсов, сошли с рельсов",
        "uk": "сходження з рейок, зійшов з рейок, зійшли з рейок",
        "pl": "wykolejenie, wykoleił, wykoleiły, wykolejony",
        "nl": "ontspoord, ontsporing",
    },
    "cyberattack": {
        "en": "cyberattack, cyberattacks, cyber attack, cyber-attack, hackers, hacked, hack, ransomware, "
        "data breach",
        "de": "Cyberangriff, Hackerangriff, Cyberattacke, Hacker, gehackt, Datenleck, Ransomware",
        "fr": "cyberattaque, piratage, pirates informatiques, piraté, fuite de données, rançongiciel, "
        "ransomware",
        "es": "ciberataque, hackeo, hackers, piratas informáticos, hackeado, filtración de datos, ransomware",
        "it": "attacco informatico, attacco hacker, hacker, violazione dei dati, cyberattacco, ransomware",
        "pt": "ataque informático, ciberataque, ataque hacker, hackers, fuga de dados, ataque cibernético, "
        "ransomware",
        "ru": "кибератака, хакерская атака, хакеры, взлом, утечка данных",
        "uk": "кібератака, хакерська атака, хакери, злам, витік даних",
        "pl": "cyberatak, atak hakerski, hakerzy, wyciek danych",
        "nl": "cyberaanval, hackers, gehackt, datalek",
    },
    "earthquake": {
        "en": "earthquake, earthquakes, quake, quakes, tremor, tremors, temblor, seismic",
        "de": "Erdbeben, Beben, bebte, Nachbeben, Erdstoß, Erdstöße",
        "fr": "séisme, séismes, tremblement de terre, secousse, secousses",
        "es": "terremoto, terremotos, sismo, seísmo, temblor, movimiento telúrico",
        "it": "terremoto, sisma, scossa, scosse, evento sismico",
        "pt": "terramoto, terremoto, sismo, abalo sísmico, tremor de terra",
        "ru": "землетрясение, подземные толчки, толчки, афтершок",
        "uk": "землетрус, підземні поштовхи, поштовхи",
        "pl": "trzęsienie ziemi, wstrząs, wstrząsy",
        "nl": "aardbeving, beving",
    },
    "avalanche": {
        "en": "avalanche, avalanches, snowslide",
        "de": "Lawine, Lawinen, Lawinenabgang, Lawinenunglück",
        "fr": "avalanche, avalanches, coulée de neige",
        "es": "alud, aludes, avalancha",
        "it": "valanga, valanghe, slavina",
        "pt": "avalanche, avalanches",
        "ru": "лавина, сход лавины",
        "uk": "лавина, сходження лавини",
        "pl": "lawina, lawiny",
        "nl": "lawine",
    },
    "landslide": {
        "en": "landslide, landslides, mudslide, mudslides, landslip, rockfall",
        "de": "Erdrutsch, Hangrutsch, Mure, Murenabgang, Felssturz",
        "fr": "glissement de terrain, glissements de terrain, coulée de boue, éboulement",
        "es": "deslizamiento de tierra, corrimiento de tierras, alud de lodo, desprendimiento",
        "it": "frana, frane, smottamento",
        "pt": "deslizamento de terra, derrocada, desabamento de terra",
        "ru": "оползень, сель",
        "uk": "зсув, сель",
        "pl": "osuwisko, lawina błotna",
        "nl": "aardverschuiving, modderstroom",
    },
    "explosion": {
        "en": "explosion, explosions, blast, exploded, explodes",
        "de": "Explosion, explodiert, explodierte, Detonation",
        "fr": "explosion, explosé, déflagration",
        "es": "explosión, explotó, estallido, deflagración",
        "it": "esplosione, esploso, scoppio, deflagrazione",
        "pt": "explosão, explodiu, deflagração",
        "ru": "взрыв, взорвался, прогремел взрыв",
        "uk": "вибух, вибухнув, пролунав вибух",
        "pl": "wybuch, eksplozja, wybuchł",
        "nl": "explosie, ontploffing, ontplofte",
    },
    "interest rate": {
        "en": "interest rate, interest rates, borrowing costs, base rate, key rate, policy rate, "
        "deposit rate, benchmark rate, main rate, lending rate",
        "de": "Leitzins, Leitzinsen, Zins, Zinsen, Zinssatz, Einlagenzins, Zinssenkung, Zinserhöhung",
        "fr": "taux directeur, taux directeurs, taux d'intérêt, taux de dépôt, loyer de l'argent",
        "es": "tipos de interés, tipo de interés, tipo oficial, tasa de interés, tasa de referencia, "
        "precio del dinero",
        "it": "tassi d'interesse, tasso d'interesse, tasso di interesse, tasso di riferimento, "
        "costo del denaro",
        "pt": "taxa de juro, taxas de juro, juros, taxa diretora, taxa de referência",
        "ru": "ключевая ставка, базовая ставка, процентная ставка, учетная ставка, ставка рефинансирования",
        "uk": "облікова ставка, ключова ставка, процентна ставка",
        "pl": "stopy procentowe, stóp procentowych, stopa referencyjna",
        "nl": "rente, beleidsrente, depositorente",
    },
    "head of government": {
        "en": "prime minister, premier, head of government",
        "de": "Regierungschef, Regierungschefin, Premierminister, Premierministerin, Ministerpräsident, "
        "Ministerpräsidentin, Bundeskanzler, Bundeskanzlerin, Kanzler, Kanzlerin, Premier",
        "fr": "premier ministre, première ministre, chef du gouvernement, chef de gouvernement",
        "es": "primer ministro, primera ministra, presidente del gobierno, jefe del gobierno, "
        "jefe de gobierno, premier",
        "it": "primo ministro, presidente del consiglio, capo del governo, premier",
        "pt": "primeiro-ministro, primeira-ministra, chefe do governo, chefe de governo, premiê",
        "ru": "премьер-министр, премьер, глава правительства, председатель правительства",
        "uk": "прем'єр-міністр, прем'єр, глава уряду, очільник уряду",
        "pl": "premier, szef rządu, szefowa rządu, prezes rady ministrów",
        "nl": "premier, minister-president, regeringsleider",
    },
    "reshuffle": {
        "en": "reshuffle, reshuffles, reshuffled, shake-up, shakeup, shuffle, overhaul",
        "de": "Kabinettsumbildung, Regierungsumbildung, Umbildung, umgebildet",
        "fr": "remaniement, remanié, remanie",
        "es": "remodelación, remodela, crisis de gobierno",
        "it": "rimpasto",
        "pt": "remodelação, remodela",
        "ru": "перестановки, кадровые перестановки",
        "uk": "перестановки, кадрові перестановки",
        "pl": "rekonstrukcja rządu, rekonstrukcja",
        "nl": "herschikking",
    },
    "chief executive": {
        "en": "chief executive, chief executive officer, ceo, boss",
        "de": "Vorstandschef, Vorstandschefin, Vorstandsvorsitzender, Konzernchef, Konzernchefin, "
        "Firmenchef, Unternehmenschef, CEO",
        "fr": "pdg, directeur général, directrice générale, patron, patronne, ceo",
        "es": "consejero delegado, consejera delegada, director ejecutivo, directora ejecutiva, ceo",
        "it": "amministratore delegato, amministratrice delegata, ceo",
        "pt": "presidente executivo, presidente executiva, diretor executivo, ceo",
        "ru": "гендиректор, генеральный директор, глава компании, исполнительный директор",
        "uk": "генеральний директор, гендиректор, очільник компанії",
        "pl": "prezes, prezes zarządu, dyrektor generalny",
        "nl": "topman, topvrouw, bestuursvoorzitter, ceo",
    },
    "deaths": {
        "en": "killed, dead, died, death, deaths, fatalities, lost their lives, death toll, fatal, deadly",
        "de": "Tote, Toten, getötet, starb, starben, gestorben, ums Leben, Todesopfer, tödlich",
        "fr": "morts, mort, tué, tués, décès, décédé, ont perdu la vie, mortel, meurtrier",
        "es": "muertos, muerto, fallecidos, fallecido, murió, perdieron la vida, víctimas mortales, mortal",
        "it": "morti, morto, vittime, deceduti, hanno perso la vita, mortale",
        "pt": "mortos, morto, mortes, morreu, morreram, vítimas mortais, mortal",
        "ru": "погибли, погиб, погибших, жертвы, смерть, умер, скончался",
        "uk": "загинули, загинув, загиблих, жертви, помер",
        "pl": "zginęli, zginął, zabici, ofiary śmiertelne, nie żyje, zmarł, zmarli",
        "nl": "doden, dode, omgekomen, dodelijk, overleden",
    },
    "injuries": {
        "en": "injured, injuring, injures, injury, injuries, wounded, wounding",
        "de": "verletzt, Verletzte, Verletzten, Verletzung, Verletzungen, verwundet",
        "fr": "blessé, blessés, blessée, blessées, blessure, blessures",
        "es": "herido, heridos, herida, heridas, lesionados",
        "it": "ferito, feriti, ferita, ferite, feriti lievi",
        "pt": "ferido, feridos, ferida, feridas",
        "ru": "пострадали, пострадавших, пострадавшие, ранены, ранения, травмы",
        "uk": "постраждали, постраждалих, постраждалі, поранені, травми",
        "pl": "ranni, rannych, ranny, ranna, obrażenia",
        "nl": "gewond, gewonden",
    },
    "evacuation": {
        "en": "evacuated, evacuation, evacuate, evacuations, fled, forced to leave, left their homes, "
        "leave their homes",
        "de": "evakuiert, Evakuierung, in Sicherheit gebracht, geräumt, Räumung",
        "fr": "évacué, évacués, évacuation, évacuer",
        "es": "evacuados, evacuación, desalojados, desalojo, evacuar",
        "it": "evacuati, evacuazione, sfollati, sgomberati, sgombero",
        "pt": "evacuados, evacuação, desalojados, retirados",
        "ru": "эвакуированы, эвакуация, эвакуировали",
        "uk": "евакуйовано, евакуація, евакуювали",
        "pl": "ewakuowano, ewakuacja, ewakuowani",
        "nl": "geëvacueerd, evacuatie",
    },
    "arrest": {
        "en": "arrested, arrest, arrests, detained, in custody, held by police",
        "de": "festgenommen, Festnahme, verhaftet, Verhaftung, in Gewahrsam, Untersuchungshaft",
        "fr": "interpellé, interpellés, interpellation, arrestation, garde à vue, écroué",
        "es": "detenido, detenidos, detenida, detención, arrestado, arresto, bajo custodia",
        "it": "arrestato, arrestati, arrestata, arresto, in manette",
        "pt": "detido, detidos, detida, detenção, preso, presos",
        "ru": "задержан, задержали, задержание, арестован, арест, арестовали",
        "uk": "затримали, затриманий, затримання, арештований, арешт",
        "pl": "zatrzymany, zatrzymano, aresztowany, areszt",
        "nl": "gearresteerd, aangehouden, arrestatie",
    },
    # a verdict only: convicted, sentenced, years of prison; never a prison or jail as a place, nor a
    # word shared with "condemns" ("condena", "condanna", "condamne", "verurteilt", "засудили")
    "sentence": {
        "en": "convicted, found guilty, sentenced, jailed for life, jailed for 0 years, jailed for 0 months, "
        "life sentence",
        "de": "schuldig gesprochen, Haftstrafe, Freiheitsstrafe, Jahre Haft, Jahren Haft, lebenslange Haft",
        "fr": "reconnu coupable, reconnue coupable, ans de prison, ans de réclusion, peine de prison, "
        "réclusion criminelle",
        "es": "declarado culpable, declarada culpable, años de prisión, años de cárcel, pena de prisión, "
        "prisión permanente",
        "it": "riconosciuto colpevole, riconosciuta colpevole, anni di carcere, anni di reclusione, "
        "ergastolo",
        "pt": "considerado culpado, considerada culpada, anos de prisão, pena de prisão, prisão efetiva",
        "ru": "приговорен, приговорена, приговорили, признан виновным, признана виновной, лишения свободы",
        "uk": "визнали винним, визнано винним, позбавлення волі, років ув'язнення",
        "pl": "skazany, skazana, skazała, uznany za winnego, pozbawienia wolności, lat więzienia",
        "nl": "schuldig bevonden, celstraf, gevangenisstraf, jaar cel",
    },
    # a ruling on an appeal against a verdict passed before: another day's news than the verdict, and than
    # another case of the same person's. Ruling verbs only: a court's name is who or where, not what
    # happened (and some courts of appeal also try first cases), and "in appeal" phrases also tell the
    # wish to appeal ("will appeal", "zapowiedział apelację", "gaat in hoger beroep")
    "appeal ruling": {
        "en": "upheld the conviction, upholds the conviction, upheld his conviction, upheld her conviction, "
        "upheld the sentence, upholds the sentence, loses appeal, lost his appeal, lost her appeal, "
        "lost an appeal, rejected the appeal, rejected his appeal, rejected her appeal, "
        "dismissed the appeal, dismissed his appeal, dismissed her appeal, appeal rejected, appeal dismissed",
        "de": "Berufung verworfen, Berufung abgewiesen, Revision verworfen",
        "fr": "appel rejeté, rejette l'appel, condamnation confirmée",
        "es": "desestima el recurso, confirma la condena, condena confirmada",
        "it": "conferma la condanna, confermata la condanna",
        "pt": "recurso rejeitado, confirma a condenação, condenação confirmada",
        "ru": "оставил приговор в силе, отклонил апелляцию",
        "uk": "залишив вирок без змін, відхилив апеляцію",
        "pl": "utrzymał wyrok, podtrzymał wyrok, oddalił apelację",
        "nl": "in hoger beroep bevestigd, hoger beroep verworpen",
    },
    "aground": {
        "en": "aground, grounding, hit rocks, hits rocks, struck rocks, hit a rock, struck a rock, "
        "hit a reef, hits a reef, struck a reef",
        "de": "auf Grund gelaufen, lief auf Grund, läuft auf Grund, auf Grund geraten, gestrandet, "
        "Strandung, auf Felsen gelaufen, auf ein Riff gelaufen, festgefahren",
        "fr": "s'est échoué, s'est échouée, s'échoue, échouage, heurté des rochers, heurté un rocher, "
        "heurté un récif",
        "es": "encallado, encallada, encalló, encalla, encallamiento, varado, embarrancó",
        "it": "incagliata, incagliato, incaglio, arenata, arenato, finita sugli scogli",
        "pt": "encalhado, encalhada, encalhou, encalha, encalhe",
        "ru": "сел на мель, села на мель, сели на мель, на мели, налетел на скалы, налетело на риф",
        "uk": "сів на мілину, сіло на мілину, на мілині",
        "pl": "osiadł na mieliźnie, na mieliźnie, wszedł na mieliznę",
        "nl": "aan de grond gelopen, vastgelopen",
    },
    "job cuts": {
        "en": "job cuts, layoffs, lay off, lays off, laid off, redundancies, axe jobs, cut jobs, shed jobs, "
        "jobs at risk",
        "de": "Stellenabbau, Arbeitsplatzabbau, Jobabbau, Entlassungen, Kündigungen, streicht Stellen, "
        "baut Stellen ab",
        "fr": "suppressions d'emplois, suppression d'emplois, suppressions de postes, licenciements, "
        "plan social",
        "es": "despidos, recorte de empleo, recorte de plantilla, destrucción de empleo, ere",
        "it": "esuberi, tagli al personale, posti di lavoro a rischio",
        "pt": "despedimentos, despedimento coletivo, cortes de empregos, layoff",
        "ru": "сокращения, сокращение рабочих мест, сокращение штата",
        "uk": "скорочення, скорочення робочих місць, скорочення працівників",
        "pl": "zwolnienia, zwolnienia grupowe, redukcja etatów",
        "nl": "banen schrappen, ontslagen vallen, banenverlies",
    },
    "fine": {
        "en": "fined, fines, penalty, penalised, penalized",
        "de": "Geldstrafe, Bußgeld, Geldbuße, Strafzahlung",
        "fr": "amende, amendes, pénalité",
        "es": "multa, multas, multado, multada, sanción, sancionado",
        "it": "multa, multata, multato, sanzione, sanzionato, ammenda",
        "pt": "multa, multado, multada, coima",
        "ru": "штраф, оштрафован, оштрафовали",
        "uk": "штраф, оштрафували",
        "pl": "grzywna, ukarany grzywną",
        "nl": "boete, beboet",
    },
    "homes": {
        "en": "homes, households, houses, properties, customers",
        "de": "Wohnungen, Häuser, Kunden",
        "fr": "foyers, logements, maisons, habitations, abonnés, clients",
        "es": "hogares, viviendas, casas, clientes, abonados",
        "it": "famiglie, case, abitazioni, utenze, clienti",
        "pt": "casas, lares, habitações, clientes, residências",
        "ru": "домов, квартир, домохозяйств, абонентов",
        "uk": "будинків, осель, домогосподарств, абонентів, квартир",
        "pl": "domów, gospodarstw domowych, odbiorców, mieszkań",
        "nl": "huishoudens, woningen, huizen, klanten",
    },
    "underground": {
        "en": "metro, underground, subway, tube",
        "de": "U-Bahn, Metro",
        "fr": "métro",
        "es": "metro, subte",
        "it": "metropolitana, metro",
        "pt": "metro, metrô, metropolitano",
        "ru": "метро, метрополитен",
        "uk": "метро, метрополітен",
        "pl": "metro",
        "nl": "metro",
    },
    "airline": {
        "en": "airline, airlines, carrier, carriers",
        "de": "Fluggesellschaft, Fluggesellschaften, Airline, Fluglinie",
        "fr": "compagnie aérienne, compagnies aériennes, transporteur aérien",
        "es": "aerolínea, aerolíneas, compañía aérea",
        "it": "compagnia aerea, compagnie aeree, vettore",
        "pt": "companhia aérea, companhias aéreas, transportadora aérea",
        "ru": "авиакомпания",
        "uk": "авіакомпанія",
        "pl": "linia lotnicza, linie lotnicze, przewoźnik",
        "nl": "luchtvaartmaatschappij, maatschappij",
    },
    "bridge": {
        "en": "bridge, crossing, viaduct",
        "de": "Brücke, Viadukt",
        "fr": "pont, viaduc",
        "es": "puente, viaducto",
        "it": "ponte, viadotto",
        "pt": "ponte, viaduto",
        "ru": "мост, путепровод",
        "uk": "міст, мосту, шляхопровід",
        "pl": "most, wiadukt",
        "nl": "brug, viaduct",
    },
    "storm": {
        "en": "storm, storms, gales, high winds, strong winds, hurricane-force winds",
        "de": "Sturm, Stürme, Orkan, Unwetter, Sturmböen, Orkanböen",
        "fr": "tempête, tempêtes, orage, orages, vents violents, rafales, ouragan",
        "es": "tormenta, temporal, borrasca, fuertes vientos, rachas, huracán, vendaval",
        "it": "tempesta, maltempo, burrasca, forti venti, raffiche, uragano",
        "pt": "tempestade, temporal, ventos fortes, rajadas, furacão",
        "ru": "шторм, буря, ураган, сильный ветер, штормовой ветер",
        "uk": "шторм, буря, ураган, сильний вітер, негода",
        "pl": "burza, burze, wichura, nawałnica, orkan, silny wiatr",
        "nl": "storm, noodweer, orkaan",
    },
}
LANGUAGES = frozenset(code for group in GROUPS.values() for code in group)
# The kind of event each group of a happening tells. Two reports whose happenings are all of other
# kinds tell two events, however much else they share: a rail strike and a derailment on one line, a
# minister's resignation and a flood in her town, an arrest and the sentence passed weeks later, one
# person's verdict and the appeal ruling in another case of theirs. Groups of who or what, and
# happenings that come with events of any kind (a closure, deaths, injuries, an evacuation), tell no kind.
KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("outage", "flood", "fire", "earthquake", "avalanche", "landslide", "explosion", "storm",
         "derailment", "aground"),
        "disaster or accident",
    ),
    **dict.fromkeys(("resign", "dismiss", "reshuffle", "job cuts"), "a post or job lost"),
    "strike": "strike",
    "arrest": "arrest",
    "sentence": "sentence",
    "appeal ruling": "appeal ruling",
    "theft": "theft",
    "cyberattack": "cyberattack",
    "fine": "fine",
    "interest rate": "interest rate",
}
# The kinds that are stages of one case (a theft, the arrest, the sentence): one story, not several.
CASE_KINDS = frozenset({"theft", "cyberattack", "arrest", "sentence", "appeal ruling", "fine"})
# Written in capitals only: "PM" (not "5 pm").
CASED: dict[str, str] = {"PM": "head of government"}
# Who or what, not what happened: a compound ending in these is someone or something else
# ("Polizeichef"; "Krankenhaus" and "Rathaus" are no homes).
_WHOLE_WORDS_ONLY = frozenset({"head of government", "chief executive", "homes"})
# Words skipped in phrases and texts alike ("hit the rocks" and "hits rocks" are one phrase).
_ARTICLES = {
    "en": "the a an",
    "de": "der die das den dem des ein eine einen einem einer eines",
    "fr": "le la les l un une des du de d",
    "es": "el la los las lo un una unos unas",
    "it": "il lo la i gli le l un uno una",
    "pt": "o a os as um uma uns umas",
    "nl": "de het een",
}
_ARTICLE_WORDS = {code: frozenset(words.split()) for code, words in _ARTICLES.items()}
# Compounds end in a group's word in these languages ("Bahnstreik"): the part before is this long.
# In those that capitalise nouns a compound is a noun, written so, ending in a noun of the group.
_COMPOUNDING = frozenset({"de", "nl"})
_NOUNS_CAPITALISED = frozenset({"de"})
_COMPOUND_HEAD = 3
_COMPOUND_TAIL = 4
_WORD = regex.compile(r"[\p{L}\p{M}\d]+")
# A word joined by a hyphen to the word before it: the second part of a hyphenated compound.
_HYPHENS = "-\u2010\u2011"
_JOINED = regex.compile(rf"(?<=[\p{{L}}\p{{M}}\d][{_HYPHENS}])")


@lru_cache(maxsize=50_000)
def _key(word: str, code: str) -> str:
    """The base form phrases are matched on: English as written (folded), Ukrainian by its
    dictionary form, other languages by their stem."""
    if code == "en":
        return fold(word)
    if code == "uk":
        parses = morph.parses("uk", word)
        return fold(parses[0].normal_form) if parses else fold(word)
    return stem(word, code)


def _keys(text: str, code: str) -> Iterator[tuple[str, str, int, int]]:
    """Each word of `text` other than an article: its key, as written, and its span."""
    for match in _WORD.finditer(text):
        key = _written_key(match.group(0), code)
        if key is not None:
            yield key, match.group(0), match.start(), match.end()


@lru_cache(maxsize=100_000)
def _written_key(written: str, code: str) -> str | None:
    """The key (`_key`) of a word as written, None for an article, "0" for any figure written in digits
    (a phrase's "0" stands for one: "jailed for 0 years" is "jailed for 18 years"); cached as written,
    case folding included: a round's texts write the same words again and again."""
    if written.isdigit():
        return "0"
    word = casefold(written)
    return None if word in _ARTICLE_WORDS.get(code, ()) else _key(word, code)


@lru_cache(maxsize=16)
def _table(code: str) -> tuple[dict[tuple[str, ...], str], dict[str, int], dict[str, str]]:
    """Language `code`'s phrases by their keys, the longest phrase opening with each key, and the
    one-word phrases compounds may end in."""
    phrases: dict[tuple[str, ...], str] = {}
    for name, by_language in GROUPS.items():
        for phrase in by_language.get(code, "").split(","):
            keys = tuple(key for key, *_ in _keys(phrase.strip(), code))
            if keys:
                phrases.setdefault(keys, name)
    longest: dict[str, int] = {}
    for keys in phrases:
        longest[keys[0]] = max(longest.get(keys[0], 0), len(keys))
    tails: dict[str, str] = {}
    if code in _COMPOUNDING:
        figurative = {key for head in resources(code).figurative_heads for key, *_ in _keys(head, code)}
        for by_language in GROUPS.values():
            for phrase in by_language.get(code, "").split(","):
                keys = tuple(key for key, *_ in _keys(phrase.strip(), code))
                noun = code not in _NOUNS_CAPITALISED or phrase.strip()[:1].isupper()
                if len(keys) == 1 and len(keys[0]) >= _COMPOUND_TAIL and noun and keys[0] not in figurative:
                    tails.setdefault(keys[0], phrases[keys])
        tails = {key: name for key, name in tails.items() if name not in _WHOLE_WORDS_ONLY}
    return phrases, longest, tails


def load() -> None:
    """Build every language's phrase table now, once per process (`digest.stories.cluster.load_data`)."""
    for code in LANGUAGES:
        _table(code)


def matches(text: str, code: str | None = "en") -> list[tuple[str, str]]:
    """The phrases of `text` in language `code` that belong to a group: (group, phrase as written),
    in order, the longest phrase where two overlap. The words' keys come from one pass of the word
    pattern; where a phrase spans several words, a second pass finds where they are written."""
    code = base_code(code)
    if code not in LANGUAGES:
        return []
    phrases, longest, tails = _table(code)
    written = _WORD.findall(text)
    every = list(map(_written_key, written, repeat(code)))  # None for an article
    cased = CASED if code == "en" else {}
    if not tails and longest.keys().isdisjoint(every) and cased.keys().isdisjoint(written):
        return []  # no word opens a phrase (most texts): no Python step a word
    pairs = enumerate(zip(every, written, strict=True))
    words = [(key, word, n) for n, (key, word) in pairs if key is not None]
    keys = [key for key, _, _ in words]
    # where a phrase may start; without compounds, a word that opens no phrase is passed over
    starts = range(len(words)) if tails else [
        i for i, (key, word, _) in enumerate(words) if key in longest or word in cased
    ]
    joined = _second_parts(text, code)
    if joined:
        starts = [i for i in starts if words[i][2] not in joined]
    spans: list[tuple[int, int]] = []
    out: list[tuple[str, str]] = []
    done = 0
    for i in starts:
        if i < done:
            continue
        key, word, n = words[i]
        done = i + 1
        if word in cased:
            out.append((cased[word], word))
            continue
        for size in range(min(longest.get(key, 0), len(words) - i), 0, -1):
            name = phrases.get(tuple(keys[i : i + size]))
            if name is not None:
                if size > 1:
                    spans = spans or [match.span() for match in _WORD.finditer(text)]
                    word = text[spans[n][0] : spans[words[i + size - 1][2]][1]]
                out.append((name, word))
                done = i + size
                break
        else:
            name = _compound(key, word, code, tails) if tails else None
            if name is not None:
                out.append((name, word))
    return out


def _second_parts(text: str, code: str) -> frozenset[int]:
    """The indexes (among `_WORD`'s words of `text`) of the second parts of hyphenated compounds that
    name no such thing, outside German and Dutch (whose compounds are their last part: "Bahn-Streik"):
    a participle after a noun, told by the language's `Language.past_endings` ("gas-fired" plant is no
    dismissal), and a word after one of the language's `Language.role_prefixes` ("вице-премьер" is no
    head of government). Such a word opens no phrase; any other second part does ("mega-fire",
    "maxi-sciopero", "мега-пожар")."""
    if code in _COMPOUNDING or not any(hyphen in text for hyphen in _HYPHENS):
        return frozenset()
    language = resources(code)
    found = list(_WORD.finditer(text))
    return frozenset(
        n
        for n, match in enumerate(found)
        if n
        and _JOINED.match(text, match.start())
        and (
            casefold(found[n - 1].group()) in language.role_prefixes
            or casefold(match.group()).endswith(language.past_endings)
        )
    )


def _compound(key: str, written: str, code: str, tails: dict[str, str]) -> str | None:
    """The group of a compound ending in one of its words ("bahnstreik": strike), the compound as
    `written` a noun where the language capitalises nouns, and no place's name."""
    if code in _NOUNS_CAPITALISED and not written[:1].isupper():
        return None
    name = _tail_group(key, tails)
    return None if name is None or places.names_place(written) else name


def _tail_group(key: str, tails: dict[str, str]) -> str | None:
    """The group of the first word of `tails` that `key` ends in after a part of its own."""
    for start in range(_COMPOUND_HEAD, len(key) - _COMPOUND_TAIL + 1):
        name = tails.get(key[start:])
        if name is not None:
            return name
    return None


@lru_cache(maxsize=20_000)
def concepts(text: str, code: str | None = "en") -> tuple[str, ...]:
    """The groups a text's phrases in language `code` belong to, once each time a phrase is written."""
    return tuple(name for name, _ in matches(text, code))


def stand_in(word: str, text: str, code: str | None = "en") -> str | None:
    """A phrase of `text` of the group `word` belongs to, other than the word itself ("blackout"
    for "outage") and none inside an idiom (`Language.idioms`: "stole the show"), one that names the
    thing outright (`names_outright`) before any other, or None. `word` may be several words that
    together are one phrase of a group ("power outage": "blackout"), never words of which only some
    are ("rail strike": "walkout" says nothing of the rail)."""
    found = matches(word, code)
    if len(found) != 1 or casefold(found[0][1]) != casefold(word):
        return None
    group = found[0][0]
    code = base_code(code)
    said = [
        phrase for name, phrase in _said(text, code) if name == group and casefold(phrase) != casefold(word)
    ]
    return next((phrase for phrase in said if names_outright(phrase, code)), said[0] if said else None)


def named_group(words: str) -> tuple[str, str] | None:
    """The group `words` are one phrase of as a whole, and the language they are written in (English
    first, then the others in turn: "huelga" is Spanish, "Stromausfall" German), or None."""
    for code in ("en", *sorted(LANGUAGES - {"en"})):
        found = matches(words, code)
        if len(found) == 1 and casefold(found[0][1]) == casefold(words):
            return found[0][0], code
    return None


def phrase_of(group: str, text: str, code: str | None) -> str | None:
    """The first phrase of `group` in `text`, written in language `code`, none inside an idiom."""
    return next(iter(phrases_of(group, text, code)), None)


def phrases_of(group: str, text: str, code: str | None) -> list[str]:
    """Every phrase of `group` in `text`, written in language `code`, in order, none inside an idiom."""
    return [phrase for name, phrase in _said(text, base_code(code)) if name == group]


@lru_cache(maxsize=20_000)
def _said(text: str, code: str) -> tuple[tuple[str, str], ...]:
    """`matches` of a text outside its idioms, cached: a followed topic asks the same title and lead
    for several of its words, and every topic of a round asks them again. The cache is the process's
    (keyed by whole texts, at most 20,000 of them), shared by every chat and round."""
    return tuple(matches(_without_idioms(text, code), code))


def names_outright(phrase: str, code: str | None = "en") -> bool:
    """Whether a group's phrase names its thing outright: several words long ("power cut", "burst its
    banks") and none the language also writes for something else (`Language.figurative_phrases`:
    "lost power" in a vote). A single word may have a second sense ("grounding" of a fleet for
    "aground", a ward that "overflows" for flooding)."""
    code = base_code(code)
    keys = _phrase_keys(phrase, code)
    return len(keys) > 1 and keys not in _figurative(code)


def _without_idioms(text: str, code: str) -> str:
    """`text` with the words of its idioms (`Language.idioms`) blanked out."""
    idioms = _idioms(code)
    if not idioms:
        return text
    found = [(match.span(), _written_key(match.group(), code)) for match in _WORD.finditer(text)]
    words = [(span, key) for span, key in found if key is not None]
    keys = [key for _, key in words]
    openers = {idiom[0] for idiom in idioms}
    for i in range(len(words)):
        if keys[i] not in openers:
            continue
        for idiom in idioms:
            if tuple(keys[i : i + len(idiom)]) == idiom:
                start, end = words[i][0][0], words[i + len(idiom) - 1][0][1]
                text = text[:start] + " " * (end - start) + text[end:]
    return text


def _phrase_keys(phrase: str, code: str) -> tuple[str, ...]:
    return tuple(key for key, *_ in _keys(phrase, code))


@lru_cache(maxsize=16)
def _figurative(code: str) -> frozenset[tuple[str, ...]]:
    """The keys of language `code`'s `figurative_phrases`: "came off the rails" is "came off rails"."""
    return frozenset(_phrase_keys(phrase, code) for phrase in resources(code).figurative_phrases)


@lru_cache(maxsize=16)
def _idioms(code: str) -> frozenset[tuple[str, ...]]:
    """The keys of language `code`'s `idioms`: "stole the show" is "stole show"."""
    return frozenset(_phrase_keys(idiom, code) for idiom in resources(code).idioms)

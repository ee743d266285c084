"""Word lists for telling people from places, and guessing a person's gender from a first name.

Hand-written and deliberately small: the common cases of English-language news.
"""

from __future__ import annotations


def _set(s: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in s.lower().split())


PLACES = _set(
    # US states and major US places
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico "
    "new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island "
    "south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia "
    "wisconsin wyoming america united_states u.s. us usa chicago los_angeles san_francisco boston "
    "philadelphia detroit atlanta miami houston dallas seattle denver phoenix cleveland charlotte "
    "raleigh tampa orlando pittsburgh baltimore brooklyn manhattan queens bronx las_vegas "
    "new_orleans st._louis kansas_city milwaukee minneapolis nashville memphis richmond columbus "
    "cincinnati toledo des_moines omaha albany sacramento san_diego austin san_antonio portland "
    "wall_street capitol_hill silicon_valley midwest tulsa "
    # countries, regions and world cities
    "afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh "
    "belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china "
    "colombia congo croatia cuba cyprus czech_republic denmark ecuador egypt england estonia ethiopia "
    "europe finland france germany ghana greece guatemala haiti honduras hungary iceland india "
    "indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo "
    "kuwait latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova mongolia morocco "
    "myanmar nepal netherlands new_zealand nicaragua niger nigeria north_korea norway pakistan "
    "palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda "
    "saudi_arabia scotland senegal serbia singapore slovakia slovenia somalia south_africa "
    "south_korea spain sri_lanka sudan sweden switzerland syria taiwan thailand tunisia turkey "
    "uganda ukraine united_kingdom u.k. uk uruguay uzbekistan venezuela vietnam wales yemen zimbabwe "
    "africa asia latin_america middle_east gaza west_bank crimea london paris berlin moscow beijing "
    "tokyo brussels rome madrid kiev kyiv jerusalem tehran baghdad damascus aleppo mosul kabul "
    "cairo istanbul ankara delhi new_delhi mumbai hong_kong shanghai seoul pyongyang havana "
    "caracas ottawa toronto montreal vancouver sydney geneva vienna warsaw athens dublin "
    "edinburgh manila bangkok jakarta nairobi lagos johannesburg mexico_city rio sao_paulo "
    "buenos_aires lima bogota"
)

FEMALE_NAMES = _set(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty "
    "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah "
    "stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela "
    "nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria "
    "heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith "
    "megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice "
    "jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle "
    "theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary "
    "hilary melania ivanka chelsea kellyanne huma hope sarah michele elena condoleezza nikki "
    "loretta sonia ruth_bader kamala dianne claire elizabeth tammy kirsten amy maxine nancy "
    "debbie donna jill tiffany sheryl oprah meghan megyn katie hope jennifer lena marine angela "
    "theresa jacinda christine federica ursula kristen susana susanna katy katelynn melanie "
    "randi carly marsha lisa mia ava chloe ella zoe leah lily natasha tatiana svetlana irina "
    "olga anastasia ekaterina yulia marina"
)

MALE_NAMES = _set(
    "james robert john michael david william richard joseph thomas charles christopher daniel "
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy "
    "ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott "
    "brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron "
    "jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith "
    "roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe "
    "bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell "
    "bobby mason philip louis barack bernie mitt mitch ted marco jeb chris mike tim newt rudy rudolph "
    "reince paul corey jared eric bill hugh vladimir xi recep benjamin bibi emmanuel francois "
    "boris dmitry sergei sergey rodrigo kim abe shinzo justin enrique nicolas jim tom dick harry ben "
    "rand lindsey lindsay orrin chuck harry jon jake sean bret chad howard ed jim robby brian tony "
    "joel sam marc rick steve dan dave greg ken len don al bob jeff josh matt nick pat ray rob ron "
    "stan will glenn kurt lou hank karl franz hans jean-claude pierre jacques alexei alexey ivan "
    "nikolai viktor yuri igor oleg anatoly mikhail"
)

package org.stroma.analysis.tests;

import org.stroma.analysis.distribution.StudentizedRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference values: R 4.2.2 Patched (2022-11-10 r83330), printed by {@code Rscript reference.R}
 * (kept beside the sources; it prints these tables row for row). Most rows carry R's own
 * {@code ptukey}/{@code qtukey} value and an independent value of the same defining integral from
 * R's adaptive quadrature {@code stats::integrate} (function {@code hp} in reference.R, relative
 * tolerance 1e-13 inner, 1e-12 outer); two-group rows use the exact Student-t identity.
 *
 * <p>R's {@code ptukey} is itself inaccurate: measured against {@code hp}, it is off by up to
 * 3e-3 at df = 2, 6e-4 at df = 3, 4e-5 at df = 5, 2e-7 at df = 10 and about 1e-7 from df = 120 to
 * Inf (e.g. {@code ptukey(1.5, 2, 2)} = 0.6000195 where the exact value is 0.6), and
 * {@code qtukey} stops once its secant step is below 1e-4 (R documents both as accurate to about
 * 4 decimals). So every value is checked against the independent integral at 1e-10, and against
 * R's {@code ptukey}/{@code qtukey} at the promised 1e-8 wherever R's value is within 1e-9 of the
 * integral; elsewhere this class must be strictly closer to the integral than R is.
 */
class StudentizedRangeTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    /** Promised agreement with R where R is accurate. */
    private static final double R_TOLERANCE = 1e-8;
    /** Agreement with the independent high-accuracy integral. */
    private static final double INTEGRAL_TOLERANCE = 1e-10;
    /** R's value counts as accurate when it is this close to the independent integral. */
    private static final double R_TRUSTED = 1e-9;

    // R 4.2.2: {groups, df, q, ptukey(q, groups, df), hp(q, groups, df)}
    private static final double[][] CDF_GRID = {
        {2, 2, 0.5, 0.24254212290936839, 0.242535625036333},
        {2, 2, 1.5, 0.60001950327351872, 0.60000000000000009},
        {2, 2, 3, 0.83208936636478947, 0.83205029433784383},
        {2, 2, 4.5, 0.91387032200470042, 0.91381154862025726},
        {2, 2, 7, 0.96161604530881928, 0.96152394764082316},
        {2, 2, 12, 0.98655591436822465, 0.98639392383214375},
        {2, 2, 30, 0.99833289544998327, 0.99778515785660893},
        {2, 5, 0.5, 0.26190739810602898, 0.26190739810608582},
        {2, 5, 1.5, 0.66263168891409641, 0.66263168891417612},
        {2, 5, 3, 0.91264069187253716, 0.91264069187263852},
        {2, 5, 4.5, 0.97551616693775955, 0.97551616693786081},
        {2, 5, 7, 0.99571412887459276, 0.99571412887468669},
        {2, 5, 12, 0.99962638540560012, 0.99962638540918369},
        {2, 5, 30, 0.99999436661562646, 0.99999568493390889},
        {2, 10, 0.5, 0.26898618932459484, 0.26898618931844881},
        {2, 10, 1.5, 0.68621041780275505, 0.68621041778420533},
        {2, 10, 3, 0.94010967561227843, 0.9401096755744407},
        {2, 10, 4.5, 0.99021351743635233, 0.990213517377588},
        {2, 10, 7, 0.99942125032718043, 0.99942125022649275},
        {2, 10, 12, 0.99999299604398217, 0.99999299575674139},
        {2, 10, 30, 0.99999999896980007, 0.99999999879417922},
        {2, 60, 0.5, 0.27508709359878303, 0.27508709360199313},
        {2, 60, 1.5, 0.70690464340611392, 0.70690464341607784},
        {2, 60, 3, 0.96196484045847452, 0.96196484047757091},
        {2, 60, 4.5, 0.99768262375875505, 0.99768262378006967},
        {2, 60, 7, 0.99999364704985139, 0.99999364706961891},
        {2, 60, 12, 0.99999999997277589, 0.99999999999269229},
        {2, 60, 30, 0.99999999998011158, 1.0000000000000093},
        {2, INF, 0.5, 0.27632639016824834, 0.27632639016823696},
        {2, INF, 1.5, 0.71115563365351608, 0.71115563365351508},
        {2, INF, 3, 0.96610514647531076, 0.96610514647531087},
        {2, INF, 4.5, 0.99853728341331904, 0.99853728341331893},
        {2, INF, 7, 0.99999925690162605, 0.99999925690162794},
        {2, INF, 12, 0.99999999999998068, 1.0000000000000002},
        {2, INF, 30, 1, 1.0000000000000002},
        {3, 2, 0.5, 0.064443205571919182, 0.064443205572095902},
        {3, 2, 1.5, 0.38213210701715189, 0.38213210701738187},
        {3, 2, 3, 0.7116500172346415, 0.71165001723497345},
        {3, 2, 4.5, 0.847275449524172, 0.84727544952454781},
        {3, 2, 7, 0.93063455499959435, 0.93063455499992387},
        {3, 2, 12, 0.97525713417805826, 0.97525713410572856},
        {3, 2, 30, 0.99631388789142683, 0.99595654302270575},
        {3, 5, 0.5, 0.065701460437497902, 0.065701460176608106},
        {3, 5, 1.5, 0.42463589720482975, 0.42463589484735342},
        {3, 5, 3, 0.82010774772681638, 0.82010773817343507},
        {3, 5, 4.5, 0.94598036153113019, 0.94598033955502181},
        {3, 5, 7, 0.99014494800108199, 0.99014489157169761},
        {3, 5, 12, 0.99912209000776209, 0.99912187935171581},
        {3, 5, 30, 0.99998790365032753, 0.99998975508208521},
        {3, 10, 0.5, 0.066135827849560236, 0.066135827849592016},
        {3, 10, 1.5, 0.44195182731167426, 0.44195182731173388},
        {3, 10, 3, 0.86501658481009103, 0.86501658481043597},
        {3, 10, 4.5, 0.9757441912505983, 0.97574419125081557},
        {3, 10, 7, 0.99847938801188307, 0.99847938801193148},
        {3, 10, 12, 0.99998102447168025, 0.99998102429034985},
        {3, 10, 30, 0.99999999711999021, 0.99999999668755502},
        {3, 60, 0.5, 0.066503794255297954, 0.06650379425552759},
        {3, 60, 1.5, 0.45799441617807868, 0.45799441618091735},
        {3, 60, 3, 0.9059635984448029, 0.90596359846090879},
        {3, 60, 4.5, 0.99353699434758602, 0.9935369943711635},
        {3, 60, 7, 0.99998122197088646, 0.99998122199036543},
        {3, 60, 12, 0.99999999995816113, 0.99999999997808675},
        {3, 60, 30, 0.99999999998011158, 1.0000000000000093},
        {3, INF, 0.5, 0.066578054864695618, 0.066578054864713035},
        {3, INF, 1.5, 0.46140484458354786, 0.46140484458357028},
        {3, INF, 3, 0.9144574283450424, 0.91445742834504218},
        {3, INF, 4.5, 0.99582388719824921, 0.99582388719824455},
        {3, INF, 7, 0.99999777773385412, 0.99999777773385479},
        {3, INF, 12, 0.99999999999997091, 1},
        {3, INF, 30, 1, 1.0000000000000002},
        {5, 2, 0.5, 0.0059898314388558858, 0.0059898314399972835},
        {5, 2, 1.5, 0.18232420171736075, 0.18232420172053418},
        {5, 2, 3, 0.55756907955948021, 0.55756907956463153},
        {5, 2, 4.5, 0.75434420458821372, 0.75434420459304274},
        {5, 2, 7, 0.88547383203780872, 0.88547383204101859},
        {5, 2, 12, 0.95860557195853235, 0.958605630106798},
        {5, 2, 30, 0.99268060287965376, 0.9931950247295922},
        {5, 5, 0.5, 0.004471936531621399, 0.0044719365328506058},
        {5, 5, 1.5, 0.18076849337564568, 0.18076849339394807},
        {5, 5, 3, 0.66352976780123407, 0.66352976805725838},
        {5, 5, 4.5, 0.88756736373919398, 0.88756736508567802},
        {5, 5, 7, 0.97812307416849686, 0.97812308349795629},
        {5, 5, 12, 0.99798285654873087, 0.99798304468903154},
        {5, 5, 30, 0.9999752127189302, 0.99997609522772579},
        {5, 10, 0.5, 0.0039190305604274471, 0.003919030561433173},
        {5, 10, 1.5, 0.17805602407195129, 0.17805602407543675},
        {5, 10, 3, 0.71701345201552802, 0.71701345202437261},
        {5, 10, 4.5, 0.94078281043084688, 0.94078281043544132},
        {5, 10, 7, 0.99592115868069198, 0.99592115868157471},
        {5, 10, 12, 0.99994651458284811, 0.99994651703571535},
        {5, 10, 30, 0.99999999135880091, 0.99999999045193777},
        {5, 60, 0.5, 0.0034386258112783091, 0.0034386258122420595},
        {5, 60, 1.5, 0.17430035307892353, 0.17430035308156053},
        {5, 60, 3, 0.77532164661873504, 0.77532164663810432},
        {5, 60, 4.5, 0.98106625957963123, 0.98106625960807936},
        {5, 60, 7, 0.99993910540854936, 0.99993910542698528},
        {5, 60, 12, 0.99999999990717392, 0.99999999992711841},
        {5, 60, 30, 0.99999999998011158, 1.0000000000000095},
        {5, INF, 0.5, 0.0033403160555708815, 0.0033403160565506906},
        {5, INF, 1.5, 0.17333545582459492, 0.17333545582839008},
        {5, INF, 3, 0.78912349503648005, 0.78912349503646229},
        {5, INF, 4.5, 0.98727463937353677, 0.98727463937339088},
        {5, INF, 7, 0.99999263761013679, 0.99999263761013701},
        {5, INF, 12, 0.99999999999995148, 0.99999999999999978},
        {5, INF, 30, 1, 1},
        {10, 2, 0.5, 4.6644681951003679e-05, 4.6644681137271703e-05},
        {10, 2, 1.5, 0.049713655946440512, 0.049713655853239572},
        {10, 2, 3, 0.37374817028918356, 0.37374816997884797},
        {10, 2, 4.5, 0.62583251605102619, 0.62583251564727849},
        {10, 2, 7, 0.81810196338950503, 0.81810195111002448},
        {10, 2, 12, 0.93282731043633571, 0.93283149678931776},
        {10, 2, 30, 0.98773690774342149, 0.98885026448446889},
        {10, 5, 0.5, 1.0225483229456305e-05, 1.0225483036933593e-05},
        {10, 5, 1.5, 0.029956660808290587, 0.029956660724070029},
        {10, 5, 3, 0.42387606237148628, 0.42387606189253879},
        {10, 5, 4.5, 0.77035964872249607, 0.77035964840178683},
        {10, 5, 7, 0.9501489384266204, 0.95014893871100481},
        {10, 5, 12, 0.995128681966441, 0.995128109623451},
        {10, 5, 30, 0.9999508693237783, 0.9999406847695762},
        {10, 10, 0.5, 4.5593771077215492e-06, 4.5593770379595777e-06},
        {10, 10, 1.5, 0.021252042310457794, 0.021252042212247552},
        {10, 10, 3, 0.44913766968579077, 0.44913766903409647},
        {10, 10, 4.5, 0.84932617897277529, 0.849326178707136},
        {10, 10, 7, 0.98769649531962711, 0.98769649537891158},
        {10, 10, 12, 0.99982352666960428, 0.99982352084782999},
        {10, 10, 30, 0.99999996728489071, 0.99999996718454098},
        {10, 60, 0.5, 1.7879214578309339e-06, 1.7879214390632217e-06},
        {10, 60, 1.5, 0.013336936410680155, 0.013336936289430158},
        {10, 60, 3, 0.47958151698853346, 0.47958151572545665},
        {10, 60, 4.5, 0.9347138982740637, 0.93471389832329144},
        {10, 60, 7, 0.99974195453965098, 0.99974195455299297},
        {10, 60, 12, 0.99999999965395026, 0.99999999967394271},
        {10, 60, 30, 0.99999999998011158, 1.0000000000000093},
        {10, INF, 0.5, 1.4133805283207629e-06, 1.413380515734237e-06},
        {10, INF, 1.5, 0.011724245862619609, 0.011724245735587344},
        {10, INF, 3, 0.48781592602648893, 0.48781592602919338},
        {10, INF, 4.5, 0.95269417270149259, 0.95269417268707146},
        {10, INF, 7, 0.99996734081896654, 0.99996734081896699},
        {10, INF, 12, 0.99999999999990252, 0.99999999999999911},
        {10, INF, 30, 1, 0.99999999999999989},
        {20, 2, 0.5, 0, 3.4272432185328065e-08},
        {20, 2, 1.5, 0.010124290930465893, 0.010124291707145546},
        {20, 2, 3, 0.2364713381489546, 0.23647134423116806},
        {20, 2, 4.5, 0.50725085061132047, 0.50725085354902333},
        {20, 2, 7, 0.74901591111169219, 0.74901592667058448},
        {20, 2, 12, 0.90501111650906008, 0.90503121656042984},
        {20, 2, 30, 0.98501285103161962, 0.98405868729038248},
        {20, 5, 0.5, 0, 4.1503900027964344e-10},
        {20, 5, 1.5, 0.0022136043178099013, 0.0022136045514789251},
        {20, 5, 3, 0.22440809003688519, 0.22440809979115414},
        {20, 5, 4.5, 0.62426134886285478, 0.62426135302480235},
        {20, 5, 7, 0.90708603661232023, 0.90708602862492294},
        {20, 5, 12, 0.99025244103654619, 0.99025437195336852},
        {20, 5, 30, 0.99990943648130381, 0.99987739285333499},
        {20, 10, 0.5, 0, 2.666760697068885e-11},
        {20, 10, 1.5, 0.00065631387474823799, 0.00065631404652203825},
        {20, 10, 3, 0.2054309328753505, 0.20543094612308635},
        {20, 10, 4.5, 0.70115445339478444, 0.70115445789384667},
        {20, 10, 7, 0.96958554762801918, 0.96958554974004907},
        {20, 10, 12, 0.99950920321952264, 0.99950911041742185},
        {20, 10, 30, 0.99999988965710207, 0.99999990368963432},
        {20, 60, 0.5, 0, 5.7322443565046746e-13},
        {20, 60, 1.5, 8.1057002568046694e-05, 8.105706640219595e-05},
        {20, 60, 3, 0.16728663845732042, 0.16728665646644666},
        {20, 60, 4.5, 0.81779857943206136, 0.8177985787707317},
        {20, 60, 7, 0.99901264831374981, 0.99901264831044934},
        {20, 60, 12, 0.9999999986178657, 0.99999999863795819},
        {20, 60, 30, 0.99999999998011158, 1.0000000000000093},
        {20, INF, 0.5, 0, 1.7949944905430792e-13},
        {20, INF, 1.5, 3.9143557669207018e-05, 3.9143592424640616e-05},
        {20, INF, 3, 0.15374353433978416, 0.15374353380562777},
        {20, INF, 4.5, 0.85339139249829188, 0.85339139415535936},
        {20, INF, 7, 0.9998656082005335, 0.99986560820053416},
        {20, INF, 12, 0.99999999999980294, 0.99999999999999611},
        {20, INF, 30, 1, 1},
    };

    // R 4.2.2: {groups, df, q, hp(q, groups, df)}; ptukey(q, groups, df) is NaN for df < 2.
    private static final double[][] LOW_DF = {
        {2, 1, 1, 0.39182655203060729},
        {2, 1, 5, 0.82452034390817819},
        {2, 1, 20, 0.95505898627348595},
        {2, 1.5, 1, 0.4269526099112006},
        {2, 1.5, 5, 0.8932752405233616},
        {2, 1.5, 20, 0.98587599251370284},
        {3, 1, 1, 0.19683858159630996},
        {3, 1, 5, 0.73929214978334523},
        {3, 1, 20, 0.93263048477586197},
        {3, 1.5, 1, 0.20896202872600492},
        {3, 1.5, 5, 0.82396357011316101},
        {3, 1.5, 20, 0.97632414179072491},
        {10, 1, 1, 0.012994901148275385},
        {10, 1, 5, 0.54340527497393609},
        {10, 1, 20, 0.87780753041107429},
        {10, 1.5, 1, 0.0085527686712983698},
        {10, 1.5, 5, 0.62509215901978354},
        {10, 1.5, 20, 0.94626854601210009},
    };

    // R 4.2.2: {groups, df, p, qtukey(p, groups, df), hpQuantile(p, groups, df)}, the latter the
    // root of hp to 1e-13 by uniroot.
    private static final double[][] QUANTILES = {
        {3, 12, 0.95, 3.7729289594083459, 3.7729289657270089},
        {3, 12, 0.99, 5.0459343031090409, 5.0459347251658464},
        {2, 5, 0.95, 3.6353514212908076, 3.6353516951468028},
        {2, 5, 0.99, 5.7023112461264427, 5.7023112927713182},
        {4, 20, 0.95, 3.9582934614503928, 3.958293560945358},
        {4, 20, 0.99, 5.0180161238953858, 5.0180161315105201},
        {5, 10, 0.95, 4.6542930755433387, 4.6542929978545606},
        {5, 10, 0.99, 6.136093312662168, 6.1360933133955307},
        {10, 60, 0.95, 4.6463239676794288, 4.646323963266342},
        {10, 60, 0.99, 5.4466148950994473, 5.446614892863356},
        {20, 120, 0.95, 5.1259428831181566, 5.1259427749466893},
        {20, 120, 0.99, 5.8271844626191349, 5.8271844360109339},
        {3, INF, 0.95, 3.3144931575530054, 3.3144931553981203},
        {3, INF, 0.99, 4.1203032832717401, 4.1203032064601164},
        {20, INF, 0.95, 5.0116887946867648, 5.0116887941184407},
        {20, INF, 0.99, 5.6452146851370282, 5.6452146979858568},
        {10, 2, 0.95, 13.993854035371633, 13.988491140061507},
        {10, 2, 0.99, 34.925601863382276, 31.689352369386402},
    };

    // R 4.2.2: {groups, df = 1, p = 0.95, hpQuantile(0.95, groups, 1)}; printed tables
    // (Harter 1960) give 17.97, 26.98 and 37.08.
    private static final double[][] QUANTILES_DF1 = {
        {2, 1, 0.95, 17.969287064187522},
        {3, 1, 0.95, 26.975529869500054},
        {5, 1, 0.95, 37.081501903676788},
    };

    // R 4.2.2: {groups, df, q, ptukey(q, groups, df, lower.tail = FALSE), hp(q, groups, df, TRUE)}
    private static final double[][] FAR_TAIL = {
        {3, INF, 7.2, 1.064992920851715e-06, 1.0649929167134845e-06},
        {5, INF, 7.5, 1.1318132852045082e-06, 1.1318132833414488e-06},
        {10, INF, 7.9, 1.0372781376055684e-06, 1.037278137442554e-06},
        {20, INF, 8.3, 8.2579663607251774e-07, 8.2579663455037338e-07},
        {3, 60, 8.1, 1.0374764533027658e-06, 1.0374565370086666e-06},
        {5, 120, 8, 1.0550948357224144e-06, 1.0550948021876988e-06},
        {10, 20, 12.4, 1.0401563516060364e-06, 1.0402027649145161e-06},
        {20, 10, 23.5, 1.0386785629368234e-06, 1.023898264063542e-06},
        {3, 5, 48, 1.8947631895693817e-06, 9.9239367551165962e-07},
        {5, 2, 2500, 1.858513343222512e-13, 9.8505254777882564e-07},
        {10, 60, 9.1, 9.9399631470209471e-07, 9.9397580943596124e-07},
        {5, INF, 10, 1.540978455949471e-11, 1.5373072845747974e-11},
        {10, 10, 30, 3.2715109288261601e-08, 3.2815459189089541e-08},
    };

    // R 4.2.2: {df, q, 2 * pt(-q / sqrt(2), df)}: exact P(Q > q) for two groups, as Q = sqrt(2)|T|.
    private static final double[][] TWO_GROUPS_EXACT = {
        {1, 0.3, 0.8669252687513993},
        {1, 2, 0.39182655203060718},
        {1, 5, 0.17547965609182176},
        {1, 12, 0.074681881548549531},
        {1, 40, 0.022498536636414893},
        {2, 0.3, 0.85165954706975544},
        {2, 2, 0.29289321881345254},
        {2, 5, 0.071523309114740696},
        {2, 12, 0.013606076167856269},
        {2, 40, 0.0012476611221553255},
        {3.5, 0.3, 0.84377249573675872},
        {3.5, 2, 0.23977542448614819},
        {3.5, 5, 0.030017112010592553},
        {3.5, 12, 0.0018685731004415519},
        {3.5, 40, 2.9394751307293292e-05},
        {10, 0.3, 0.83626538689978214},
        {10, 2, 0.18766987086960307},
        {10, 5, 0.0053967818416573252},
        {10, 12, 7.0042432587696817e-06},
        {10, 40, 7.0944966525765678e-11},
        {60, 0.3, 0.83272302350945637},
        {60, 2, 0.16246748977131797},
        {60, 5, 0.00079118974562791236},
        {60, 12, 7.3170494355764144e-12},
        {60, 40, 2.1668025127556517e-36},
        {1000, 0.3, 0.83204725753752784},
        {1000, 2, 0.15761046413342381},
        {1000, 5, 0.00042559882498001341},
        {1000, 12, 7.6744154487795801e-17},
        {1000, 40, 8.7323289257916999e-130},
        {INF, 0.3, 0.83200402857263656},
        {INF, 2, 0.15729920705028516},
        {INF, 5, 0.0004069520174449593},
        {INF, 12, 2.1519736712499058e-17},
        {INF, 40, 5.3958656116082841e-176},
    };

    private static Stream<Arguments> rows(double[][] table) {
        return Arrays.stream(table).map(r -> Arguments.of((int) r[0], r[1], r[2], r[3], r[4]));
    }

    static Stream<Arguments> cdfGrid() {
        return rows(CDF_GRID);
    }

    static Stream<Arguments> quantiles() {
        return rows(QUANTILES);
    }

    static Stream<Arguments> farTail() {
        return rows(FAR_TAIL);
    }

    @ParameterizedTest(name = "groups={0} df={1} q={2}")
    @MethodSource("cdfGrid")
    void cdfMatchesR(int groups, double df, double q, double ptukey, double integral) {
        StudentizedRange dist = new StudentizedRange(groups, df);
        double cdf = dist.cdf(q);
        assertEquals(integral, cdf, INTEGRAL_TOLERANCE, "vs R integrate()");
        if (Math.abs(ptukey - integral) <= R_TRUSTED) {
            assertEquals(ptukey, cdf, R_TOLERANCE, "vs R ptukey()");
        } else {
            assertTrue(Math.abs(cdf - integral) < Math.abs(ptukey - integral),
                    "closer to the integral than R's ptukey " + ptukey + ", got " + cdf);
        }
        assertEquals(1 - integral, dist.survival(q), INTEGRAL_TOLERANCE, "upper tail");
        assertEquals(1, cdf + dist.survival(q), 1e-12, "cdf + survival");
    }

    @Test
    void cdfBelowRsDomain() {
        for (double[] r : LOW_DF) {
            StudentizedRange dist = new StudentizedRange((int) r[0], r[1]);
            assertEquals(r[3], dist.cdf(r[2]), INTEGRAL_TOLERANCE, () -> Arrays.toString(r));
        }
    }

    @ParameterizedTest(name = "groups={0} df={1} p={2}")
    @MethodSource("quantiles")
    void quantileMatchesR(int groups, double df, double p, double qtukey, double root) {
        double q = new StudentizedRange(groups, df).quantile(p);
        assertEquals(root, q, INTEGRAL_TOLERANCE, "vs root of R integrate()");
        if (Math.abs(qtukey - root) <= R_TRUSTED) {
            assertEquals(qtukey, q, R_TOLERANCE, "vs R qtukey()");
        } else {
            assertTrue(Math.abs(q - root) < Math.abs(qtukey - root),
                    "closer to the root than R's qtukey " + qtukey + ", got " + q);
        }
    }

    @Test
    void classicTableValues() {
        // Tukey HSD tables, e.g. q(0.95; 3, 12) = 3.773 and q(0.99; 3, 12) = 5.046.
        assertEquals(3.773, new StudentizedRange(3, 12).quantile(0.95), 5e-4);
        assertEquals(5.046, new StudentizedRange(3, 12).quantile(0.99), 5e-4);
        assertEquals(4.65, new StudentizedRange(10, 60).quantile(0.95), 5e-3);
        assertEquals(3.31, new StudentizedRange(3, INF).quantile(0.95), 5e-3);
        double[] tableDf1 = {17.97, 26.98, 37.08};
        for (int i = 0; i < QUANTILES_DF1.length; i++) {
            double[] r = QUANTILES_DF1[i];
            double q = new StudentizedRange((int) r[0], r[1]).quantile(r[2]);
            assertEquals(r[3], q, INTEGRAL_TOLERANCE, () -> Arrays.toString(r));
            assertEquals(tableDf1[i], q, 5e-3, "printed table");
        }
    }

    @ParameterizedTest(name = "groups={0} df={1} q={2}")
    @MethodSource("farTail")
    void farUpperTailHasRelativeAccuracy(
            int groups, double df, double q, double ptukey, double integral) {
        double survival = new StudentizedRange(groups, df).survival(q);
        assertEquals(integral, survival, 1e-8 * integral, "relative, vs R integrate()");
        // R forms the upper tail as 1 - cdf, so its relative accuracy is limited here.
        if (Math.abs(ptukey - integral) <= 1e-6 * integral) {
            assertEquals(ptukey, survival, 1e-6 * integral, "relative, vs R ptukey(upper)");
        } else {
            assertTrue(Math.abs(survival - integral) < Math.abs(ptukey - integral),
                    "closer to the integral than R's ptukey " + ptukey + ", got " + survival);
        }
    }

    @Test
    void twoGroupsMatchStudentT() {
        for (double[] r : TWO_GROUPS_EXACT) {
            StudentizedRange dist = new StudentizedRange(2, r[0]);
            String row = Arrays.toString(r);
            assertEquals(r[2], dist.survival(r[1]), 1e-9 * r[2], "survival " + row);
            assertEquals(1 - r[2], dist.cdf(r[1]), 1e-12, "cdf " + row);
        }
    }

    @Test
    void quantileInvertsCdf() {
        double[] ps = {1e-6, 0.01, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6};
        for (int groups : new int[] {2, 3, 7, 20}) {
            for (double df : new double[] {1, 2, 4.5, 12, 60, 1000, INF}) {
                StudentizedRange dist = new StudentizedRange(groups, df);
                for (double p : ps) {
                    double q = dist.quantile(p);
                    String where = "groups=" + groups + " df=" + df + " p=" + p;
                    if (p <= 0.5) {
                        // Tiny lower tails carry ~1e-16/q relative rounding from Φ(y)-Φ(y-qs).
                        assertEquals(p, dist.cdf(q), 1e-10 * p, where);
                    } else {
                        assertEquals(1 - p, dist.survival(q), 1e-12 * (1 - p), where);
                    }
                }
            }
        }
    }

    @Test
    void monotoneInQ() {
        double[][] cases = {{2, 1}, {2, INF}, {5, 10}, {5, 120}, {20, 2}, {20, INF}};
        for (double[] c : cases) {
            StudentizedRange dist = new StudentizedRange((int) c[0], c[1]);
            double lastCdf = 0, lastSurvival = 1;
            for (int i = 1; i <= 400; i++) {
                double q = 0.1 * i, cdf = dist.cdf(q), survival = dist.survival(q);
                String where = "groups=" + c[0] + " df=" + c[1] + " q=" + q;
                assertTrue(cdf >= lastCdf && cdf <= 1, where);
                assertTrue(survival <= lastSurvival && survival >= 0, where);
                lastCdf = cdf;
                lastSurvival = survival;
            }
            assertTrue(lastCdf > 0.95 && lastSurvival < 0.05, "reaches the upper tail");
        }
    }

    @Test
    void largeDfApproachesInfiniteDfSmoothly() {
        // No switch to the df = Inf value at large df (R's ptukey switches above df = 25000).
        StudentizedRange limit = new StudentizedRange(5, INF);
        double previousGap = INF;
        for (double df : new double[] {1e3, 1e4, 3e4, 1e5, 1e6, 1e8}) {
            double gap = Math.abs(new StudentizedRange(5, df).cdf(4) - limit.cdf(4));
            assertTrue(gap < previousGap && gap < 50.0 / df, "df=" + df + " gap=" + gap);
            previousGap = gap;
        }
    }

    @Test
    void boundaryValues() {
        StudentizedRange dist = new StudentizedRange(4, 10);
        assertEquals(0, dist.cdf(0));
        assertEquals(0, dist.cdf(-1));
        assertEquals(1, dist.cdf(INF));
        assertEquals(1, dist.survival(0));
        assertEquals(0, dist.survival(INF));
        assertTrue(Double.isNaN(dist.cdf(Double.NaN)));
        assertTrue(Double.isNaN(dist.survival(Double.NaN)));
        assertEquals(4, dist.groups());
        assertEquals(10, dist.df());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0, -3})
    void rejectsTooFewGroups(int groups) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new StudentizedRange(groups, 9));
        assertTrue(e.getMessage().contains("groups"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.999, 0, -1, Double.NaN, Double.NEGATIVE_INFINITY})
    void rejectsBadDf(double df) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new StudentizedRange(3, df));
        assertTrue(e.getMessage().contains("df"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void rejectsBadProbability(double p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StudentizedRange(3, 10).quantile(p));
        assertTrue(e.getMessage().contains("p must"), e.getMessage());
    }
}

using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// A trained classifier: the featurizer, one or two calibrated models whose probabilities are averaged, optional referee
/// models that do not vote but must also be confident in the voted label, the label of each score slot, and the acceptance
/// threshold. Predicts in batches (thread-safe, unlike PredictionEngine): each distinct input once, in parallel chunks, linear
/// models through <see cref="LinearChunkScorer"/>.
/// </summary>
internal sealed class TextClassifier
{
    /// <summary>Classes with fewer than two training examples are pooled under this label; predicting it is abstaining.</summary>
    public const string UnknownLabel = "(unknown)";

    private const int BatchSize = 8192;
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly Lazy<LinearChunkScorer> _linear;
    private readonly Lazy<WordEvidence?> _evidence;

    public TextClassifier(MLContext ml, ITransformer featurizer, IReadOnlyList<CalibratedMember> members, IReadOnlyList<string> labels, AcceptanceRule acceptance, IReadOnlyList<CalibratedMember>? referees = null, TextHistory? history = null, bool scoreByReferees = false, ValidatedKinds? kinds = null, CounterpartyNovelty? novelty = null)
    {
        Acceptance = acceptance;
        Kinds = kinds ?? ValidatedKinds.Any;
        Novelty = novelty;
        _ml = ml;
        _featurizer = featurizer;
        Members = members;
        Labels = labels;
        Referees = referees ?? [];
        History = history;
        ScoreByReferees = scoreByReferees && (Referees.Count > 0 || history is not null);
        _linear = new Lazy<LinearChunkScorer>(() => LinearChunkScorer.For(ml, featurizer, [.. Members, .. Referees], Labels));
        _evidence = new Lazy<WordEvidence?>(() => WordEvidence.For(ml, featurizer, [.. Members, .. Referees], Labels));
    }

    /// <summary>When set, a referee too: how consistently the training rows with the same text carried the voted label.</summary>
    public TextHistory? History { get; }

    public IReadOnlyList<CalibratedMember> Members { get; }

    /// <summary>
    /// Models that do not vote; the confidence of a prediction is the lowest probability any of them (and the vote) gives the
    /// voted label, so a row is auto-accepted only where independently trained models agree.
    /// </summary>
    public IReadOnlyList<CalibratedMember> Referees { get; }

    /// <summary>
    /// Whether the acceptance score of the voted label is the referees' view of it alone: the vote picks the label, the
    /// referees (text history, maximum entropy) say how sure it is. Useful when the vote ranks labels well but its own
    /// probabilities rank rows badly (a hinge-loss SVM's margins saturate).
    /// </summary>
    public bool ScoreByReferees { get; }

    /// <summary>Every model kind the classifier needs trained.</summary>
    public IEnumerable<ClassifierKind> TrainedKinds => Members.Concat(Referees).Select(m => m.Kind).Distinct();

    public IReadOnlyList<string> Labels { get; }

    /// <summary>The threshold and confidence maps of rows whose counterparty the model learned from (or that have none).</summary>
    public AcceptanceRule Acceptance { get; }

    /// <summary>The row kinds validation covered; rows of other kinds are never auto-accepted.</summary>
    public ValidatedKinds Kinds { get; }

    /// <summary>The rule for rows of a counterparty the model never learned from; null in models saved before it existed.</summary>
    public CounterpartyNovelty? Novelty { get; }

    public ClassifierKind Kind => Members.Count > 1 ? ClassifierKind.Ensemble : Members[0].Kind;

    /// <summary>The kind, and for an ensemble its members: "Ensemble(LinearSvm+LightGbm)".</summary>
    public string Name => Members.Count > 1 ? $"{ClassifierKind.Ensemble}({string.Join('+', Members.Select(m => m.Kind))})" : Kind.ToString();

    public TextClassifier WithAcceptance(AcceptanceRule acceptance, ValidatedKinds? kinds = null, CounterpartyNovelty? novelty = null) =>
        new(_ml, _featurizer, Members, Labels, acceptance, Referees, History, ScoreByReferees, kinds, novelty);

    /// <summary>
    /// For each row, up to <paramref name="top"/> of its words that most made the first linear model (a member, else a referee)
    /// prefer the label over the runner-up (<see cref="WordEvidence"/>); none without a linear model.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> WordsFor(IReadOnlyList<(ClassificationExample Example, string Label)> rows, int top) =>
        _evidence.Value?.Explain(rows, top) ?? [.. rows.Select(_ => (IReadOnlyList<string>)[])];

    /// <summary>
    /// One prediction per example: each distinct model input is scored once (<see cref="DistinctInputs"/>), in parallel chunks,
    /// with the same result as <see cref="PredictEach"/>.
    /// </summary>
    public IReadOnlyList<ClassPrediction> Predict(IReadOnlyList<ClassificationExample> examples)
    {
        var isNew = examples.Select(e => Novelty?.IsNew(e.Counterparty) == true).ToArray();
        if (!isNew.Contains(true))
        {
            return PredictDistinct(examples, newCounterparty: false);
        }

        // Rows of new counterparties are scored the same way and judged by their own threshold and bound.
        var result = new ClassPrediction[examples.Count];
        foreach (var group in new[] { false, true })
        {
            int[] rows = [.. Enumerable.Range(0, examples.Count).Where(i => isNew[i] == group)];
            var predictions = PredictDistinct([.. rows.Select(i => examples[i])], group);
            for (var k = 0; k < rows.Length; k++)
            {
                result[rows[k]] = predictions[k];
            }
        }

        return result;
    }

    private List<ClassPrediction> PredictDistinct(IReadOnlyList<ClassificationExample> examples, bool newCounterparty)
    {
        var inputs = DistinctInputs.Of([.. examples.Select(e => FeatureRow.From(e))]);
        return inputs.Expand(PredictEach(inputs.Rows, Environment.ProcessorCount, shareText: true, newCounterparty));
    }

    /// <summary>
    /// Every row scored on its own (with <paramref name="shareText"/>, linear models featurize each distinct text once), the
    /// rows split into up to <paramref name="threads"/> chunks scored side by side.
    /// </summary>
    public IReadOnlyList<ClassPrediction> PredictEach(IReadOnlyList<FeatureRow> rows, int threads = 1, bool shareText = false, bool newCounterparty = false)
    {
        var size = Math.Clamp((rows.Count + threads - 1) / Math.Max(threads, 1), 1, BatchSize);
        var chunks = rows.Chunk(size).ToArray();
        var scored = new ClassPrediction[chunks.Length][];
        Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(threads, 1) }, i => scored[i] = PredictChunk(chunks[i], shareText, newCounterparty));
        return [.. scored.SelectMany(p => p)];
    }

    private ClassPrediction[] PredictChunk(FeatureRow[] chunk, bool shareText, bool newCounterparty)
    {
        var models = ModelProbabilities(chunk, shareText);
        var members = models.Take(Members.Count).Select(m => (IReadOnlyList<float[]>)m).ToList();
        var vote = members.Count == 1 ? members[0] : Average(members);
        var referees = models.Skip(Members.Count).ToList();
        if (History is not null)
        {
            referees.Add([.. chunk.Select(r => History.Probabilities(r.Text, Labels.Count))]);
        }

        return [.. vote.Select((p, i) => ToPrediction(p, [.. referees.Select(r => r[i])], chunk[i].Kind, newCounterparty, HasText(chunk[i].Text)))];
    }

    /// <summary>
    /// Each member's, then each referee's, calibrated probabilities per row: linear models through <see cref="LinearChunkScorer"/>,
    /// the others through ML.NET.
    /// </summary>
    public List<float[]>[] ModelProbabilities(IReadOnlyList<FeatureRow> rows, bool shareText = true)
    {
        var models = Members.Concat(Referees).ToList();
        var linear = _linear.Value.Probabilities(rows, shareText);
        var features = _linear.Value.ScoresAll ? null : Featurize(rows);
        return [.. linear.Select((p, m) => p ?? models[m].Probabilities(features!, Labels))];
    }

    public IDataView Featurize(IReadOnlyList<FeatureRow> rows)
    {
        var features = _featurizer.Transform(_ml.Data.LoadFromEnumerable(rows));

        // Several models read the features; cache them so the text is featurized once.
        return Members.Count + Referees.Count > 1 ? _ml.Data.Cache(features) : features;
    }

    /// <summary>
    /// The voted label. Its score is the lowest probability the vote or any referee gives it (with <see cref="ScoreByReferees"/>,
    /// any referee); <see cref="Acceptance"/> says whether the row is accepted and what confidence it shows, so it never claims
    /// more than validation supports. A row of a new counterparty is judged by <see cref="Novelty"/>'s rule instead. A row
    /// without text keeps the voted label but shows 0 and waits: its amount, date and kind alone are nothing to be sure of.
    /// </summary>
    public ClassPrediction ToPrediction(float[] probabilities, IReadOnlyList<float[]> refereeProbabilities, string kind, bool newCounterparty = false, bool hasText = true)
    {
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        var label = Labels[best];
        var score = probabilities.Length == 0 ? 0d : refereeProbabilities.Aggregate(ScoreByReferees ? 1d : probabilities[best], (low, r) => Math.Min(low, r[best]));
        var abstains = string.Equals(label, UnknownLabel, StringComparison.Ordinal);
        var known = !abstains && hasText && Kinds.Covers(kind);
        var rule = newCounterparty && Novelty is { } novelty ? novelty.Acceptance : Acceptance;
        var confidence = rule.Confidence(score, probabilities.Length == 0 ? null : probabilities[best]);
        var waits = abstains ? WaitReason.BelowThreshold
            : !hasText ? WaitReason.NoText
            : !known ? WaitReason.KindNotValidated
            : rule.Accepts(score) ? WaitReason.None
            : newCounterparty && Novelty is not null && Acceptance.Accepts(score) ? WaitReason.NewCounterparty
            : WaitReason.BelowThreshold;
        return new ClassPrediction(label, known ? confidence : 0d, waits == WaitReason.None, waits);
    }

    /// <summary>Whether a row has text to go on; one without is never accepted (<see cref="ToPrediction"/>).</summary>
    public static bool HasText(string text) => !string.IsNullOrWhiteSpace(text);

    public static List<float[]> Average(IReadOnlyList<IReadOnlyList<float[]>> members)
    {
        var rows = members[0].Count;
        var result = new List<float[]>(rows);
        for (var r = 0; r < rows; r++)
        {
            var sum = new float[members[0][r].Length];
            foreach (var member in members)
            {
                for (var c = 0; c < sum.Length; c++)
                {
                    sum[c] += member[r][c] / members.Count;
                }
            }

            result.Add(sum);
        }

        return result;
    }

    public void Save(Stream destination, DataViewSchema inputSchema)
    {
        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = archive.CreateEntry("featurizer.zip").Open())
        {
            _ml.Model.Save(_featurizer, inputSchema, entry);
        }

        var featureSchema = _featurizer.GetOutputSchema(inputSchema);
        for (var i = 0; i < Members.Count; i++)
        {
            using var entry = archive.CreateEntry($"member{i}.zip").Open();
            _ml.Model.Save(Members[i].Model, featureSchema, entry);
        }

        for (var i = 0; i < Referees.Count; i++)
        {
            using var entry = archive.CreateEntry($"referee{i}.zip").Open();
            _ml.Model.Save(Referees[i].Model, featureSchema, entry);
        }

        using var manifest = archive.CreateEntry("classifier.json").Open();
        var fresh = Novelty?.Acceptance;
        var description = new Manifest([.. Labels], Acceptance.Threshold, [.. Members.Select(ManifestMember.Of)], [.. Referees.Select(ManifestMember.Of)], History?.Entries.Select(e => new ManifestHistory(e.Key, e.Value.Label, e.Value.Count, e.Value.Rows)).ToArray(), ScoreByReferees, Acceptance.Bound?.Scores.ToArray(), Acceptance.Bound?.Bounds.ToArray(), Kinds.Kinds?.ToArray())
        {
            KnownCounterparties = Novelty?.Known.Order(StringComparer.Ordinal).ToArray(),
            NewCounterpartyThreshold = fresh?.Threshold,
            NewCounterpartyBoundScores = fresh?.Bound?.Scores.ToArray(),
            NewCounterpartyBoundValues = fresh?.Bound?.Bounds.ToArray(),
            DisplayBoundScores = Acceptance.DisplayBound?.Scores.ToArray(),
            DisplayBoundValues = Acceptance.DisplayBound?.Bounds.ToArray(),
            NewCounterpartyDisplayBoundScores = fresh?.DisplayBound?.Scores.ToArray(),
            NewCounterpartyDisplayBoundValues = fresh?.DisplayBound?.Bounds.ToArray(),
            ShownBoundScores = Acceptance.ShownBound?.Scores.ToArray(),
            ShownBoundValues = Acceptance.ShownBound?.Bounds.ToArray(),
            NewCounterpartyShownBoundScores = fresh?.ShownBound?.Scores.ToArray(),
            NewCounterpartyShownBoundValues = fresh?.ShownBound?.Bounds.ToArray(),
        };
        JsonSerializer.Serialize(manifest, description);
    }

    public void Save(Stream destination) => Save(destination, _ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema);

    public static TextClassifier Load(MLContext ml, Stream source)
    {
        using var archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = JsonSerializer.Deserialize<Manifest>(ReadEntry(archive, "classifier.json"))
            ?? throw new InvalidDataException("The model has no manifest.");
        var featurizer = ml.Model.Load(ReadEntry(archive, "featurizer.zip"), out _);
        var members = manifest.Members
            .Select((m, i) => new CalibratedMember(m.Kind, ml.Model.Load(ReadEntry(archive, $"member{i}.zip"), out _), m.Temperature))
            .ToList();

        // Models saved before referees existed have none.
        var referees = (manifest.Referees ?? [])
            .Select((m, i) => new CalibratedMember(m.Kind, ml.Model.Load(ReadEntry(archive, $"referee{i}.zip"), out _), m.Temperature))
            .ToList();
        var history = manifest.History is null
            ? null
            : new TextHistory(manifest.History.ToDictionary(h => h.Text, h => new TextHistory.Entry(h.Label, h.Count, h.Rows), StringComparer.Ordinal));

        // Models saved before the bound show their raw score; before display bounds, the capped score; before shown bounds,
        // what the two bounds give.
        var acceptance = new AcceptanceRule(
            manifest.Threshold,
            BoundOf(manifest.BoundScores, manifest.BoundValues),
            BoundOf(manifest.DisplayBoundScores, manifest.DisplayBoundValues),
            BoundOf(manifest.ShownBoundScores, manifest.ShownBoundValues));
        // Models saved before kinds were validated accept any kind.
        var kinds = manifest.ValidatedKinds is null ? ValidatedKinds.Any : new ValidatedKinds(manifest.ValidatedKinds);
        // Models saved before new counterparties were told apart judge every row alike.
        var novelty = manifest is { KnownCounterparties: { } known, NewCounterpartyThreshold: { } newThreshold }
            ? new CounterpartyNovelty(
                known.ToHashSet(StringComparer.Ordinal),
                new AcceptanceRule(
                    newThreshold,
                    new PrecisionBound(manifest.NewCounterpartyBoundScores ?? [], manifest.NewCounterpartyBoundValues ?? []),
                    BoundOf(manifest.NewCounterpartyDisplayBoundScores, manifest.NewCounterpartyDisplayBoundValues),
                    BoundOf(manifest.NewCounterpartyShownBoundScores, manifest.NewCounterpartyShownBoundValues)))
            : null;
        return new TextClassifier(ml, featurizer, members, manifest.Labels, acceptance, referees, history, manifest.ScoreByReferees, kinds, novelty);
    }

    private static PrecisionBound? BoundOf(double[]? scores, double[]? bounds) => scores is not null && bounds is not null ? new PrecisionBound(scores, bounds) : null;

    private static MemoryStream ReadEntry(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"The model lacks {name}.");
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    private sealed record Manifest(string[] Labels, double Threshold, ManifestMember[] Members, ManifestMember[]? Referees, ManifestHistory[]? History, bool ScoreByReferees = false, double[]? BoundScores = null, double[]? BoundValues = null, string[]? ValidatedKinds = null)
    {
        public string[]? KnownCounterparties { get; init; }

        public double? NewCounterpartyThreshold { get; init; }

        public double[]? NewCounterpartyBoundScores { get; init; }

        public double[]? NewCounterpartyBoundValues { get; init; }

        public double[]? DisplayBoundScores { get; init; }

        public double[]? DisplayBoundValues { get; init; }

        public double[]? NewCounterpartyDisplayBoundScores { get; init; }

        public double[]? NewCounterpartyDisplayBoundValues { get; init; }

        public double[]? ShownBoundScores { get; init; }

        public double[]? ShownBoundValues { get; init; }

        public double[]? NewCounterpartyShownBoundScores { get; init; }

        public double[]? NewCounterpartyShownBoundValues { get; init; }
    }

    private sealed record ManifestHistory(string Text, int Label, int Count, int Rows);

    private sealed record ManifestMember(ClassifierKind Kind, double Temperature)
    {
        public static ManifestMember Of(CalibratedMember member) => new(member.Kind, member.Temperature);
    }
}

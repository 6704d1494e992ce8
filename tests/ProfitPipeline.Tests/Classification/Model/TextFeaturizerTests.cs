using Microsoft.ML;
using Microsoft.ML.Data;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>The feature vector's blocks keep the lengths the models were tuned on.</summary>
public sealed class TextFeaturizerTests
{
    [Fact]
    public void RowWithWordsAndNoNumbers_WordBlockUnitLengthCharacterBlockAtItsWeight()
    {
        var ml = new MLContext(1);
        FeatureRow[] rows =
        [
            FeatureRow.From(new ClassificationExample("Hotel Indigo London", Kind: "BankDebit"), "Travel"),
            FeatureRow.From(new ClassificationExample("Pakwan Restaurant lunch", Kind: "BankDebit"), "Food"),
        ];
        var data = ml.Data.LoadFromEnumerable(rows);

        var features = TextFeaturizer.Fit(ml, data).Transform(data).GetColumn<VBuffer<float>>(TextFeaturizer.Features).First();

        // Word block 1 + character block weight squared + the kind's one-hot 1; the numbers are all 0 without amount or date.
        var squaredLength = features.DenseValues().Sum(v => (double)v * v);
        Assert.Equal(2d + (TextFeaturizer.CharGramWeight * TextFeaturizer.CharGramWeight), squaredLength, 4);
    }
}

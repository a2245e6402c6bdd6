// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportDefinition.h"

#include "report/IndicatorSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace continuum {

namespace {

Error invalid(const QString& origin, const QString& what)
{
    return makeError(ErrorCode::InvalidArgument, origin + QStringLiteral(": ") + what);
}

/// "title_es", "description_es": a title or description in another language than the file's own, named by a
/// two- or three-letter language code in lower case (ISO 639). Captures the base key and the code.
const QRegularExpression& languageKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(title|description)_([a-z]{2,3})$"));
    return pattern;
}

/// The first key of object that is neither allowed nor a title or description in another language.
QString unknownKey(const QJsonObject& object, const QStringList& allowed)
{
    for (const QString& key : object.keys()) {
        if (!allowed.contains(key) && !languageKeyPattern().match(key).hasMatch())
            return key;
    }
    return {};
}

/// "unknown key 'titel'", with a hint for a key that looks like a text in another language but is not spelt as one.
QString unknownKeyText(const QString& key)
{
    QString text = QStringLiteral("unknown key '%1'").arg(key);
    if (key.startsWith(QLatin1String("title_")) || key.startsWith(QLatin1String("description_")))
        text += QStringLiteral(" (a text in another language is title_xx or description_xx, xx a language code of "
                               "two or three lower-case letters: title_es)");
    return text;
}

/// Reads the titles and descriptions of object in other languages ("title_es") into titleIn and descriptionIn.
/// What is wrong with the first one that cannot be kept (not text, empty, or beside no base text), or empty.
QString readOtherLanguages(const QJsonObject& object, bool hasDescription, QMap<QString, QString>& titleIn,
                           QMap<QString, QString>& descriptionIn)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QRegularExpressionMatch match = languageKeyPattern().match(it.key());
        if (!match.hasMatch())
            continue;
        if (!it.value().isString())
            return QStringLiteral("'%1' is not text").arg(it.key());
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty())
            return QStringLiteral("'%1' is empty").arg(it.key());
        const bool isTitle = match.captured(1) == QLatin1String("title");
        if (!isTitle && !hasDescription)
            return QStringLiteral("'%1' has no 'description' beside it").arg(it.key());
        (isTitle ? titleIn : descriptionIn).insert(match.captured(2), text);
    }
    return {};
}

QString optionalText(const QJsonObject& object, const QString& key, bool* ok)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        *ok = false;
    return value.toString().trimmed();
}

QStringList dimensionKeys(const IndicatorSource& source)
{
    QStringList out;
    for (const IndicatorDimension& d : source.dimensions)
        out << d.key;
    return out;
}

QStringList measureKeys(const IndicatorSource& source)
{
    QStringList out;
    for (const IndicatorMeasure& m : source.measures)
        out << m.key;
    return out;
}

QString listOrNone(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

Result<IndicatorDefinition> parseIndicator(const QJsonValue& value, int index, const QString& origin)
{
    const QString where = QStringLiteral("indicator %1").arg(index + 1);
    if (!value.isObject())
        return invalid(origin, where + QStringLiteral(" is not an object"));
    const QJsonObject o = value.toObject();
    if (const QString key = unknownKey(o, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                                           QStringLiteral("source"), QStringLiteral("measure"), QStringLiteral("rows"),
                                           QStringLiteral("columns"), QStringLiteral("filter")});
        !key.isEmpty())
        return invalid(origin, where + QStringLiteral(": ") + unknownKeyText(key));
    bool ok = true;
    IndicatorDefinition d;
    d.id = optionalText(o, QStringLiteral("id"), &ok);
    d.title = optionalText(o, QStringLiteral("title"), &ok);
    d.description = optionalText(o, QStringLiteral("description"), &ok);
    d.source = optionalText(o, QStringLiteral("source"), &ok);
    d.measure = optionalText(o, QStringLiteral("measure"), &ok);
    d.rows = optionalText(o, QStringLiteral("rows"), &ok);
    d.columns = optionalText(o, QStringLiteral("columns"), &ok);
    if (!ok)
        return invalid(origin, where + QStringLiteral(": id, title, description, source, measure, rows and columns "
                                                      "are text"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!idPattern.match(d.id).hasMatch())
        return invalid(origin, where + QStringLiteral(": the id '%1' is not 1 to 64 of a-z, 0-9 and _").arg(d.id));
    const QString named = QStringLiteral("indicator '%1'").arg(d.id);
    if (d.title.isEmpty())
        return invalid(origin, named + QStringLiteral(" has no title"));
    if (const QString wrong = readOtherLanguages(o, !d.description.isEmpty(), d.titleIn, d.descriptionIn);
        !wrong.isEmpty())
        return invalid(origin, named + QStringLiteral(": ") + wrong);
    const IndicatorSource* source = IndicatorSource::find(d.source);
    if (!source) {
        return invalid(origin, named + QStringLiteral(": unknown source '%1' (known: %2)")
                                           .arg(d.source, IndicatorSource::keys().join(QStringLiteral(", "))));
    }
    if (d.measure.isEmpty())
        d.measure = QStringLiteral("count");
    if (!source->measure(d.measure)) {
        return invalid(origin, named + QStringLiteral(": unknown measure '%1' for source '%2' (known: %3)")
                                           .arg(d.measure, d.source, listOrNone(measureKeys(*source))));
    }
    for (const QString& dim : {d.rows, d.columns}) {
        if (!dim.isEmpty() && !source->dimension(dim)) {
            return invalid(origin, named + QStringLiteral(": unknown breakdown '%1' for source '%2' (known: %3)")
                                               .arg(dim, d.source, listOrNone(dimensionKeys(*source))));
        }
    }
    if (d.rows.isEmpty() && !d.columns.isEmpty())
        return invalid(origin, named + QStringLiteral(": a column breakdown needs a row breakdown"));
    if (!d.rows.isEmpty() && d.rows == d.columns)
        return invalid(origin, named + QStringLiteral(": rows and columns break down by the same '%1'").arg(d.rows));
    const QJsonValue filter = o.value(QStringLiteral("filter"));
    if (!filter.isUndefined()) {
        if (!filter.isObject())
            return invalid(origin, named + QStringLiteral(": the filter is not an object"));
        const QJsonObject f = filter.toObject();
        for (auto it = f.begin(); it != f.end(); ++it) {
            const IndicatorDimension* dim = source->dimension(it.key());
            if (!dim) {
                return invalid(origin, named + QStringLiteral(": cannot filter on unknown '%1' (known: %2)")
                                                   .arg(it.key(), listOrNone(dimensionKeys(*source))));
            }
            if (!it.value().isArray() || it.value().toArray().isEmpty())
                return invalid(origin,
                               named + QStringLiteral(": the filter on '%1' is not a list of values").arg(it.key()));
            QStringList values;
            for (const QJsonValue& item : it.value().toArray()) {
                if (!item.isString() || item.toString().trimmed().isEmpty())
                    return invalid(
                        origin,
                        named + QStringLiteral(": the filter on '%1' holds a value that is not text").arg(it.key()));
                values << item.toString().trimmed();
            }
            if (!dim->values.isEmpty()) {
                QStringList known;
                for (const IndicatorValue& v : dim->values)
                    known << v.key;
                for (const QString& wanted : values) {
                    if (!known.contains(wanted)) {
                        return invalid(origin, named + QStringLiteral(": unknown value '%1' for '%2' (known: %3)")
                                                           .arg(wanted, it.key(), known.join(QStringLiteral(", "))));
                    }
                }
            }
            d.filter.insert(it.key(), values);
        }
    }
    return d;
}

} // namespace

Result<ReportDefinition> ReportDefinition::parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(
            origin,
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return invalid(origin, QStringLiteral("a report definition is a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() != double(format.toInt()) || format.toInt() < 1)
        return invalid(origin, QStringLiteral("no format version (\"format\": %1)").arg(kFormatVersion));
    if (format.toInt() > kFormatVersion) {
        return makeError(ErrorCode::NewerVersion,
                         origin + QStringLiteral(": format %1 is newer than this program reads (%2)")
                                      .arg(format.toInt())
                                      .arg(kFormatVersion));
    }
    if (const QString key = unknownKey(o, {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                                           QStringLiteral("description"), QStringLiteral("indicators")});
        !key.isEmpty())
        return invalid(origin, unknownKeyText(key));
    bool ok = true;
    ReportDefinition def;
    def.format = format.toInt();
    def.origin = origin;
    def.id = optionalText(o, QStringLiteral("id"), &ok);
    def.title = optionalText(o, QStringLiteral("title"), &ok);
    def.description = optionalText(o, QStringLiteral("description"), &ok);
    if (!ok)
        return invalid(origin, QStringLiteral("id, title and description are text"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!idPattern.match(def.id).hasMatch())
        return invalid(origin, QStringLiteral("the report id '%1' is not 1 to 64 of a-z, 0-9, _ and -").arg(def.id));
    if (def.title.isEmpty())
        return invalid(origin, QStringLiteral("the report has no title"));
    if (const QString wrong = readOtherLanguages(o, !def.description.isEmpty(), def.titleIn, def.descriptionIn);
        !wrong.isEmpty())
        return invalid(origin, wrong);
    const QJsonValue indicators = o.value(QStringLiteral("indicators"));
    if (!indicators.isArray())
        return invalid(origin, QStringLiteral("no list of indicators"));
    if (indicators.toArray().isEmpty())
        return invalid(origin, QStringLiteral("the report has no indicators"));
    QSet<QString> ids;
    const QJsonArray list = indicators.toArray();
    for (int i = 0; i < list.size(); ++i) {
        auto indicator = parseIndicator(list.at(i), i, origin);
        if (!indicator)
            return indicator.error();
        if (ids.contains(indicator->id))
            return invalid(origin, QStringLiteral("two indicators are called '%1'").arg(indicator->id));
        ids.insert(indicator->id);
        def.indicators.append(std::move(indicator).value());
    }
    return def;
}

ReportDefinition ReportDefinition::inLanguage(const QString& language) const
{
    ReportDefinition out = *this;
    out.title = titleIn.value(language, title);
    out.description = descriptionIn.value(language, description);
    for (IndicatorDefinition& indicator : out.indicators) {
        indicator.title = indicator.titleIn.value(language, indicator.title);
        indicator.description = indicator.descriptionIn.value(language, indicator.description);
    }
    return out;
}

} // namespace continuum

// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiHooks.h"

#include "common/ScreenFit.h"
#include "util/OneShotTimer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace continuum::ui {

namespace {

UiHooks defaults()
{
    UiHooks h;
    h.saveFileName = [](QWidget* parent, const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    };
    h.openFileName = [](QWidget* parent, const QString& caption, const QString& dir, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, caption, dir, filter);
    };
    h.information = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::information(parent, title, text);
    };
    h.warning = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
    };
    h.confirm = [](QWidget* parent, const QString& title, const QString& text, const QString& action) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
        QPushButton* go = box.addButton(action, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    h.confirmOrGoBack = [](QWidget* parent, const QString& title, const QString& text, const QString& action,
                           const QString& back) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QPushButton* goBack = box.addButton(back, QMessageBox::RejectRole);
        QPushButton* go = box.addButton(action, QMessageBox::AcceptRole);
        box.setDefaultButton(goBack);
        box.setEscapeButton(goBack);
        box.exec();
        return box.clickedButton() == go;
    };
    h.choosePrinter = [](QPrinter* printer, QWidget* parent) {
        QPrintDialog dialog(printer, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    h.preview = [](QWidget* parent, const std::function<void(QPrinter*)>& paint) {
        QPrintPreviewDialog dialog(parent);
        dialog.setWindowTitle(QCoreApplication::translate("UiHooks", "Print Preview"));
        // Qt's own toolbar leaves two of its fields without a name a screen reader can say.
        for (QComboBox* zoom : dialog.findChildren<QComboBox*>())
            zoom->setAccessibleName(QCoreApplication::translate("UiHooks", "Zoom"));
        for (QLineEdit* page : dialog.findChildren<QLineEdit*>()) {
            if (!qobject_cast<QComboBox*>(page->parentWidget()))
                page->setAccessibleName(QCoreApplication::translate("UiHooks", "Page number"));
        }
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
        fitToScreen(&dialog, QSize(900, 1000));
        dialog.exec();
    };
    h.makeTimer = [](const char*) -> std::unique_ptr<OneShotTimer> { return std::make_unique<QtOneShotTimer>(); };
    return h;
}

} // namespace

UiHooks& UiHooks::instance()
{
    static UiHooks hooks = defaults();
    return hooks;
}

void UiHooks::reset()
{
    instance() = defaults();
}

} // namespace continuum::ui

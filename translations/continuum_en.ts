<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Protect your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum keeps everything in one encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase that only you know. You will type it each time you unlock Continuum. Nobody, including your agency&apos;s IT staff, can read the vault without it or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is shown only once. Print it or write it down now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key and will keep it apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into your records. Anyone who has it can open the vault, so keep it somewhere safe and private, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again in two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1. This key opens your Continuum vault if you forget your passphrase. Anyone who has it can read the vault: keep this page locked away, apart from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two groups from the recovery key you printed or wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes sure your copy is complete and readable before you rely on it. The key on screen is hidden now; read from your copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That did not unlock the vault. Check that Caps Lock is off and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typo. Compare each group of four with your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Continuum vault in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in that folder is not encrypted, so Continuum will not open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a Continuum backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Continuum. Install the newer version to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open in another Continuum window. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; what you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault or other files in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory while protecting the vault. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of Continuum is incomplete (its encryption library is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while saving or reading the vault. Nothing you typed was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCli</name>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typo (its checksum does not match). Check each group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Continuum vault there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database there is not encrypted, so it is not a Continuum vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing or empty. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file is damaged. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a Continuum backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was written by a newer version of Continuum. Update Continuum; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another Continuum window or process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault or other files are already there. Choose another folder (or --overwrite for restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That input cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuum: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuum: the two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: continuum vault &lt;command&gt; --vault DIR [options]

commands:
  create              create a new vault and print its recovery key once
  verify              unlock and run the full integrity check; non-zero exit on any problem
  backup --output F   write a single-file backup of the open vault to F
  restore --input F   verify backup F and restore it as the vault (--overwrite to replace one)
  change-passphrase   set a new passphrase (after the current one, or --recovery-key)

options:
  --passphrase-stdin  read passphrases from standard input, one per line, instead of the terminal
  --recovery-key      unlock with the recovery key instead of the passphrase

exit codes: 0 ok, 1 other failure, 2 usage, 3 wrong passphrase or recovery key, 4 not a vault,
            5 damaged, 6 newer version, 7 already open, 8 disk full, 9 vault already exists
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read passphrases from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vault DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or write it down and keep it apart from this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check FAILED:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check passed: every page decrypts and authenticates, and the database structure is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --input FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and verified the vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuum: no terminal to ask for a passphrase; use --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::CreateVaultWizard</name>
    <message>
        <source>Set up Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start using Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been created, but the recovery key is shown only here. If you leave now and later forget your passphrase, your records cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave without the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::MainWindow</name>
    <message>
        <source>Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Vault Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Continuum&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Offline records for harm-reduction counselors. Everything stays encrypted on this computer; Continuum never connects to a network.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up &amp;Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum — Demo (nothing here is real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never. Back up to a USB drive you keep somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n days ago, time for a new one)</source>
        <translation>
            <numerusform>(%n day ago)</numerusform>
            <numerusform>(%n days ago, time for a new one)</numerusform>
        </translation>
    </message>
    <message>
        <source>continuum-backup-%1.continuum-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum backups (*.continuum-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1. It is encrypted like the vault and opens with the same passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is sound: every page decrypts and is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault has damage in %n place(s). Keep working only after restoring your latest backup.</source>
        <translation>
            <numerusform>The vault has damage in one place. Keep working only after restoring your latest backup.</numerusform>
            <numerusform>The vault has damage in %n places. Keep working only after restoring your latest backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago: time for a new one</source>
        <translation>
            <numerusform>Last backup %n day ago: time for a new one</numerusform>
            <numerusform>Last backup %n days ago: time for a new one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::NewPassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unlocked Continuum with the recovery key. Choose a new passphrase now; the old one stops working. Your recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are not re-encrypted; only the key that opens them is sealed again with the new passphrase. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Four or more unrelated words are strong and easy to remember.</source>
        <translation>
            <numerusform>At least %n character. Four or more unrelated words are strong and easy to remember.</numerusform>
            <numerusform>At least %n characters. Four or more unrelated words are strong and easy to remember.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: add %n more character(s). Four or more unrelated words are strong and easy to remember.</source>
        <translation>
            <numerusform>Too short: add %n more character. Four or more unrelated words are strong and easy to remember.</numerusform>
            <numerusform>Too short: add %n more characters. Four or more unrelated words are strong and easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. One or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::SignedSessionView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s)</source>
        <translation>
            <numerusform>%n addendum</numerusform>
            <numerusform>%n addenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionListModel</name>
    <message numerus="yes">
        <source>%n addendum(s)</source>
        <translation>
            <numerusform>%n addendum</numerusform>
            <numerusform>%n addenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::UnlockDialog</name>
    <message>
        <source>Unlock Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key (from the page you printed when you set up Continuum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Try again in %n second</numerusform>
            <numerusform>Try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline records for harm-reduction counselors.

For IT staff and scripts: continuum vault --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::TodayView</name>
    <message numerus="yes">
        <source>…and %n more (the client list shows everyone)</source>
        <translation>
            <numerusform>…and one more (the client list shows everyone)</numerusform>
            <numerusform>…and %n more (the client list shows everyone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>started %n day ago</numerusform>
            <numerusform>started %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n days or more</source>
        <translation>
            <numerusform>Not seen for %n day or more</numerusform>
            <numerusform>Not seen for %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supply item(s)</source>
        <translation>
            <numerusform>%n supply item</numerusform>
            <numerusform>%n supply items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n naloxone dose(s)</source>
        <translation>
            <numerusform>%n naloxone dose</numerusform>
            <numerusform>%n naloxone doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug check(s)</source>
        <translation>
            <numerusform>%n drug check</numerusform>
            <numerusform>%n drug checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::CodePage</name>
    <message numerus="yes">
        <source>%n contact(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n contact, from %1 to %2.</numerusform>
            <numerusform>%n contacts, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactEditorDialog</name>
    <message numerus="yes">
        <source>= %n dose(s)</source>
        <translation>
            <numerusform>= %n dose</numerusform>
            <numerusform>= %n doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A kit of this product holds %n dose(s)</source>
        <translation>
            <numerusform>A kit of this product holds %n dose</numerusform>
            <numerusform>A kit of this product holds %n doses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactListsDialog</name>
    <message numerus="yes">
        <source>%1 — %n dose(s) a kit</source>
        <translation>
            <numerusform>%1 — %n dose a kit</numerusform>
            <numerusform>%1 — %n doses a kit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Add the name they want to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen name is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pronouns are too long. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal name is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the birth year: it can be from 1900 up to this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year and the birth date give different years. Correct one, or leave one empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the birth date: it can be from 1900 up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency code is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing situation is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date the housing situation was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the housing situation was recorded is after today. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A substance row has no name. Add the name, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A substance name is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long to keep in one record. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long. A few words are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type their chosen name exactly as it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record is no longer there. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what they want, in their own words. It comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words are too long to keep in one goal. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your framing of the goal is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Why it matters” is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Who can help” is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“If it gets hard” is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more steps than one goal can hold. Combine some, or make a second goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the steps is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where they place this goal: safer use, managed use, abstinence, or not placed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a substance-use goal has a place on the continuum. Choose that life area, or leave the place empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting a goal aside needs their reason, in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reason for setting the goal aside is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal moves along the continuum: write why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for this change is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether they agreed to this change: yes, no, or not talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is not one of this person&apos;s sessions. Open the goal from one of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date is after today. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the session date: it is further back than any record here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration runs from 1 minute to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the session date. Choose a later date, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next steps are too long to keep in one record. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is listed twice. Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the goals chosen is not one of this person&apos;s goals. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance runs from 0 to 10. Choose a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said about importance is too long to keep. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence runs from 0 to 10. Choose a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said about confidence is too long to keep. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness runs from 0 to 10. Choose a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said about readiness is too long to keep. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A talk row has no words yet: write what the person said, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the talk rows is too long to keep in one record. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decisional balance item has no words yet. Write it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decisional balance item is too long to keep in one record. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the change plan is too long to keep in one record. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has a section its format does not have. Choose the note format again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note section appears twice. Keep its words in one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long to keep in one record. Shorten the longest section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your name in Preferences before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed note takes addenda. Edit the draft instead, or sign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum is empty. Write what you want to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum is too long to keep in one record. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed note can be marked as entered in error. A draft can be discarded instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session note is already marked as entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this session note was entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long to keep in one record. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is needed for signing and printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n contacts have no place recorded.</source>
        <translation>
            <numerusform>%n contact has no place recorded.</numerusform>
            <numerusform>%n contacts have no place recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrals have no outcome 30 days after the contact.</source>
        <translation>
            <numerusform>%n referral has no outcome 30 days after the contact.</numerusform>
            <numerusform>%n referrals have no outcome 30 days after the contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug checks have no result recorded.</source>
        <translation>
            <numerusform>%n drug check has no result recorded.</numerusform>
            <numerusform>%n drug checks have no result recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts with naloxone given do not say whether the person was shown how to use it.</source>
        <translation>
            <numerusform>%n contact with naloxone given does not say whether the person was shown how to use it.</numerusform>
            <numerusform>%n contacts with naloxone given do not say whether the person was shown how to use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdoses were reported with no outcome recorded.</source>
        <translation>
            <numerusform>%n overdose was reported with no outcome recorded.</numerusform>
            <numerusform>%n overdoses were reported with no outcome recorded.</numerusform>
        </translation>
    </message>
</context>
</TS>

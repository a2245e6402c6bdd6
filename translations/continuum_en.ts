<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactLabels</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded (a code only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s (they saw it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any second line, however faint, means negative. One line only means positive; no line by the control mark means the strip is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syringes</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookers</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cottons/filters</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipes</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straws</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test strips</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wound care</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer-sex supplies</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharps container</source>
        <comment>a supply given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nasal 4 mg</source>
        <comment>a naloxone product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nasal 8 mg</source>
        <comment>a naloxone product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <comment>a naloxone product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a naloxone product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fentanyl test strip</source>
        <comment>a way to check drugs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xylazine test strip</source>
        <comment>a way to check drugs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nitazene test strip</source>
        <comment>a way to check drugs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reagent test</source>
        <comment>a way to check drugs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTIR</source>
        <comment>a way to check drugs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment for substance use</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication for opioid use disorder</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wound care</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing for HIV/hepatitis C</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a place or service referred to</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Group %1 does not match the key. Check that group on your copy: a 0 and an O, or a 1 and an I, read the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match the key. Check those groups on your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and credentials appear where you sign session notes and on printouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: CADC, peer support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change these later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>That input cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Continuum vault in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault or other files in that folder. Choose another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing or empty, so the vault cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in that folder is not encrypted, so Continuum will not open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file is damaged, so the vault cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault did not unlock: that passphrase does not open it. Check that Caps Lock is off and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault did not unlock: that recovery key does not open it. Compare it with your printed copy and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typo. Compare each group of four with your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was saved by a newer version of Continuum. Install the newer version to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another Continuum window, or on another computer that uses this folder. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while reading or saving the vault. Nothing you entered was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault did not accept that change because it breaks one of its rules. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory while protecting the vault. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a Continuum backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of Continuum is incomplete: its encryption library is missing or too old. Reinstall Continuum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the values does not fit. Please check the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer there. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session note is signed and can no longer be changed. Add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was done, but the audit log could not record it. Check that the disk has room, then tell whoever keeps your records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalSummaryDocument</name>
    <message>
        <source>My plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it gets hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How important: %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How confident: %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I feel about it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances we talked about: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We made this plan together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes I have made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and one more in my record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more in my record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorSource</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person known by a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown how to use naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found (positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (each anonymous contact counted once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (known or coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer use supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people planned after a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use with someone around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep naloxone near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdoses reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No naloxone used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided not to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals worked on in MI sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swallow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, they did not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precontemplation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contemplation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAP (data, assessment, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP (subjective, objective, assessment, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIRP (behavior, intervention, response, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good things about the way things are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-so-good things about the way things are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good things about changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-so-good things about changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor&apos;s framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it gets hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (pronouns)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pronouns %2</source>
        <comment>name, pronouns</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <source>No setting (office, outreach, phone…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage not assessed for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rulers not asked for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty note section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <source>MI spirit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fostering collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-centred feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsolicited advice or direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphasis on abstinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confrontation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphasizing powerlessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserting authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Infrequently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Quite a bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Considerably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Extensively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultivating change talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softening sustain talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persuade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persuade with permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeking collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphasizing autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% complex reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections to questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was I listened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did we work on what matters to me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I feel more able to make the change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair %1, good %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair and good are the MITI 4.2.1 manual&apos;s suggested thresholds, based on expert opinion, not on research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this. It is never printed with a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Saving as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF is not encrypted: anyone who opens the file can read it. Do not keep it in shared, synced or cloud folders, on a shared computer, or attached to email. Print it, give it to the person, and delete the file when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
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
    <message>
        <source>Nothing to count in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of 1 are shown as %1, and some others too, so that no one can be picked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are shown as %2, and some others as %3, so that no one can be picked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is a count hidden for the same reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before you export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only: these are not in the exported files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing from the records this report counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <comment>the first column of an exported report (CSV)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id</source>
        <comment>the report definition&apos;s id, in an exported report (CSV)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <comment>an exported report&apos;s period (CSV)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <comment>a report&apos;s period in a CSV: first day, last day (ISO dates), its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression threshold</source>
        <comment>in an exported report (CSV)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden counts</source>
        <comment>in an exported report (CSV)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionNoteDocument</name>
    <message>
        <source>Session note — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>described a return to use (part of the cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 and not lower: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help move higher: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustain talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes I want to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most important reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps I plan to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How other people can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I will know my plan is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could get in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %1 — signed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>entered by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiHooks</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Choose the person this contact was with, or record it with a code or as anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record is archived. Reactivate it first, or record the contact with a code or as anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the code the agency uses for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too long: it can have up to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code starts or ends with a space. Remove the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous contact keeps no note. Remove the note, or record the contact with a code or a known person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long. Keep it short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the contact is later than now. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date and time of the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each supply given needs a quantity of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the supplies is not in the supplies list. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the supplies is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone given needs at least 1 kit or 1 dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naloxone product is not in the products list. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That naloxone product is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checking method is not in the methods list. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That checking method is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person expected or plans is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of naloxone doses used cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date of the overdose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the overdose is after today. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral type is not in the referral list. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral type is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same referral is listed twice. Remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is no longer there. It may have been corrected or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this contact is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is already marked as entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a name for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list already has an item with that name. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kit holds 1 to 20 doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only naloxone products have doses per kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list changed while you were ordering it. Open it again and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small counts can be hidden from 1 up to 50. Choose a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the change they count, in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words are too long to keep as one change. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the change is after today. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it changed: the reason stays with the record, next to what it said before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact is not one with this person. Add it from one of their contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one step, in their words, one step per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more steps than one goal&apos;s steps can hold. Combine some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step is not one of their steps now. Choose one of the steps shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has no steps yet. Set their steps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mark is already marked as entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date of the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the mark is after today. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MIA:STEP rating goes from 1 to 7. Choose a rating in that range, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours that are not consistent with MI are rated for how much only, not how well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same MIA:STEP item is rated twice. Keep one rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MITI global score goes from 1 to 5. Choose a score in that range, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITI global scores come from a coded recording. Tick “I coded a recording” to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MITI count is a whole number from 0 to 9,999. Check the number, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITI counts come from a coded recording. Tick “I coded a recording” to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note about this session is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your skills plan is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date of your next review: it can be up to ten years from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer goes from 1 (not at all) to 5 (very much), or can be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language for their printouts from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with a code or an anonymous contact names no client. Choose &quot;Known client&quot; to name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a contact recorded with a code keeps a code. Remove the code, or choose &quot;Coded (a code only)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason given is too long to keep. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change reads as it did, so there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is already marked as entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of their steps is too long to keep. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCli</name>
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
    <message>
        <source>the passphrase is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuum: warning: %1. The vault opens with its passphrase; to have a recovery key again, restore keyslots.json from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on the computer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s lock is held by %1. Take it over? Only do this if Continuum is not running there. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuum: took over the vault&apos;s lock from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
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
  --break-lock        take over a vault whose lock was left by another computer or a process
                      that is gone (asks first on a terminal)

exit codes: 0 ok, 1 other failure, 2 usage, 3 wrong passphrase or recovery key, 4 not a vault,
            5 damaged, 6 newer version, 7 already open, 8 disk full, 9 vault already exists
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace that vault with the backup, add --overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Continuum is no longer running there, --break-lock takes over its lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take over a lock left by another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the answers that mean yes to a [y/N] question: lower case, separated by commas, no spaces; the first is the one the question shows</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceText</name>
    <message>
        <source>Session, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::AboutDialog</name>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline records for harm-reduction counselors. Everything stays encrypted on this computer; Continuum never connects to a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum is free software: you may share it and change it under the terms of that license. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the versions and the license, to paste into a message to IT staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::AddendumDialog</name>
    <message>
        <source>Mark as Entered in Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this session was entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when the session was recorded by mistake, for example under the wrong person. The record stays as it is and says at the top that it was entered in error; it no longer counts as contact, for follow-ups or in trends. The reason becomes a numbered addendum signed with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed note stays as it is. The addendum is numbered, signed with your name and the time, and can never be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the addendum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why this session was entered in error; the reason is kept with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the addendum first; an empty one cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::AppController</name>
    <message>
        <source>Your name was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlock could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key file no longer holds its recovery key (it was removed or damaged). The vault opens with your passphrase, but your printed recovery key will not open it. To have a recovery key again, restore the vault from a recent backup, or ask your IT contact to restore the file keyslots.json from one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ArchiveClientDialog</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault and can be brought back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, a few words, e.g. moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is kept in the audit log. Keep it short and leave out names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ChangeDialog</name>
    <message>
        <source>Correct a Change They Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened or they noticed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On their printed plan (they want it there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for new words or a new day: it stays with the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier wording stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ChangesPanel</name>
    <message>
        <source>A change they count, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change they count, as they say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened or they noticed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On their plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only if they want it on the plan they take home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes they count, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on Pla&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Entered in Error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entr&amp;ies in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off Pla&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Entered in Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stays in the record, as it was written, but no longer shows on the timeline or their plan. Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change the&amp;y count:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientEditorDialog</name>
    <message>
        <source>New Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name they want to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if needed; hidden unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or where to find them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details are hidden for this person. They are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances and routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide address and contact details everywhere (safety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hosen name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hou&amp;sing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chosen name is needed. Record no more than the person is comfortable with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the program&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the goal summary they take home. Their own words print exactly as they wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage for printouts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientListModel</name>
    <message>
        <source>[archived]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientModeDialog</name>
    <message>
        <source>Your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How important is this to you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure are you that you could do it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness: %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal %1 of %2, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this number and not a lower one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would it take to move higher?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did today feel to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip these. Your counselor sees your answers, to learn what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was I listened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did we work on what matters to me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I feel more able to make the change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back to the counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor: type your passphrase to go back to your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was not saved. Please tell your counselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were not saved. Please tell your counselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — hand it back to your counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = very sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ready are you to make this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = very ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, %1. Please hand this back to your counselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientPage</name>
    <message>
        <source>Contact details are hidden for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s goal summary, to take home (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they feel about it, session by session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Goals are written in the person&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness rulers over time, as a table, oldest first</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Record Con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a contact with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counted contacts with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contact, on %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code your agency uses; no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose reversal medication (naloxone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown how to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single &amp;doses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;own how to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;ug check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their plan, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;an (their words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep naloxone near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An o&amp;verdose they told about (never required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals made (Space ticks one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous contact keeps no note, so nothing in it can point to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: it stays with the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;y it changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s chosen name and choose them from the list, or record the contact as coded or anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on your caseload is called “%1”. Choose a name from the list, or record the contact as coded or anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it changed: the reason stays with the record, next to what it said before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change they count, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a known person only: as they say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chan&amp;ge they count (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change they count is kept in a known person&apos;s record. Choose the person, or clear the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is saved, but the change they count is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactHistoryList</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactListModel</name>
    <message>
        <source>%1 (entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Supplies given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose reversal medications (naloxone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug checking methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists for Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the list, in the order they are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses per &amp;Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming changes what new contacts show; contacts already recorded keep the name they were recorded with. A retired item is no longer offered for new contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, as it will show when recording a contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses per Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many doses a kit of “%1” holds. Contacts already recorded keep the number they were recorded with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactsView</name>
    <message>
        <source>&lt;h2&gt;Contacts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nalo&amp;xone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;ug check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdose told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in this period with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Entered in Error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Code&apos;s Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Code&apos;s Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Entered in Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact will stay in the record but no longer count. Why was it entered in error?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
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
    <name>continuum::ui::GoalEditorDialog</name>
    <message>
        <source>New Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it the way they said it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they place this goal on the continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it gets hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor&apos;s framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your own clinical framing, kept secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reason, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;want:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the continuum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next &amp;steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can &amp;help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it gets &amp;hard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they agree to this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not talked a&amp;bout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they agree? (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it &amp;changed (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the goal moves along the continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::GoalEntryEditor</name>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustain talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of change, as observed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They described a return to use (part of the cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;change talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;ustain talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vise this goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words (change and sustain talk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or sustain talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DARN-CAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as they said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::GoalHistoryDialog</name>
    <message>
        <source>Goal History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As first written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they did not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement not talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderChart</name>
    <message>
        <source>Where they marked themselves on their steps, drawn over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) set; no marks yet.</source>
        <translation>
            <numerusform>%n step set; no marks yet.</numerusform>
            <numerusform>%n steps set; no marks yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s), from %1 to %2. The latest, on %3: %4, “%5”.</source>
        <translation>
            <numerusform>%n mark, from %1 to %2. The latest, on %3: %4, “%5”.</numerusform>
            <numerusform>%n marks, from %1 to %2. The latest, on %3: %4, “%5”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderMarkDialog</name>
    <message>
        <source>Where They Are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which step are they on now, as they see it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their steps, first step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderMarkModel</name>
    <message>
        <source>%1 (entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderPanel</name>
    <message>
        <source>The goal whose steps are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set S&amp;teps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k Where They Are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their steps, first step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they marked themselves, as a table, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Entered in Error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Steps belong to one of their goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet. Set Steps writes them down in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Entered in Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark of %1 (%2) stays in the record but is no longer drawn. Say why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderStepsDialog</name>
    <message>
        <source>Their Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small steps they choose toward “%1”, in their own words: one step per line, the first step first. They can change them any time; the earlier steps stay in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their steps, one per line, first step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the steps changed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why they changed (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::LockShortcut</name>
    <message>
        <source>Ctrl+L</source>
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
    <message>
        <source>&amp;New Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a harm-reduction contact: anonymous, coded or with a client (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Goal Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also legal &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on your caseload yet.

Add the first person you work with: %1 ▸ %2 (%3). Only the name they choose is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal names are searched only when “%1” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1” is searched; choose “%2” to search everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one under “%1”. Choose “%2” to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (nothing here is real)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
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
    <name>continuum::ui::PositiveChangeModel</name>
    <message>
        <source>On their plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::PracticeChart</name>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual&apos;s suggested thresholds, based on expert opinion: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coded recordings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good (expert opinion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair (expert opinion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coded recordings yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::PracticeTableModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recording coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 (the manual&apos;s suggested thresholds, based on expert opinion: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-adherent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-adherent: no recording coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-non-adherent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-non-adherent: no recording coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIA:STEP items rated: %1 of %2 (%3 MI-consistent, %4 MI-inconsistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-consistent behaviours: mean how much %1, mean how well %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-inconsistent behaviours: mean how much %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person did not rate this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational: mean of Partnership and Empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical: mean of Cultivating change talk and Softening sustain talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex reflections as a share of all reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections for each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R : Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-adherent: Seeking collaboration + Affirm + Emphasizing autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-non-adherent: Confront + Persuade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-adherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIA:STEP items you rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-consistent behaviours: mean how much / mean how well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-inconsistent behaviours: mean how much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own rating: listened · worked on what matters · more able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::PracticeView</name>
    <message>
        <source>My practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not reviewed a session yet. In a session&apos;s window, choose “Review My Practice…”: every rating there is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is a session where you coded a recording with the MITI 4.2.1. Dashed lines: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The same values are in the table under “Reviewed sessions”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to &amp;work on in my practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My skills plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review my practice again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of my next practice review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice review is due: you set it for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review of your practice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next review set. You can set one in the skills plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plan written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;version of the plan, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of my skills plan, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITI scores show only for sessions where you coded a recording; “—” means not computable (nothing to divide by, or a value not coded). Person&apos;s rating: listened · worked on what matters · more able, each 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, in percent of the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one — an anonymous tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts to hide in reports: from 1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit L&amp;ists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies, naloxone products, drug checking methods and referral types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (printed on summaries when set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency c&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default note &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage (after restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact is recorded &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is the usual choice: it collects the least. You can still choose for each contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts to &amp;hide in reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a contact can record, in the agency&apos;s words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are printed as “%2” so no one can be picked out; %3 is the usual rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::PrintSummaryDialog</name>
    <message>
        <source>Print Goal Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;substances (only if they want them on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is for %1 to take home. It shows their chosen name and the goals ticked below, in their own words. Legal name, codes and hidden contact details never print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one goal to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints in the program&apos;s language (%1): there are no texts for their language (%2) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the program&apos;s texts are translated. Their own words print exactly as they wrote them, never translated or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch–Kincaid grade for English, Fernández-Huerta for Spanish: an estimate from counting syllables, words and sentences. Health-literacy guidance sets grade 6 to 8 for what a person takes home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level: tick a goal to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level: there is no reading-level formula for this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of school grades</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level: fixed texts grade %1 (target %2–%3) · their words grade %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes do not fit on the page beside these goals, so this copy prints without them. Untick a goal to make room for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>a language&apos;s name inside a sentence; lower case where the language writes it so</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a language&apos;s name inside a sentence; lower case where the language writes it so</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include “&amp;Changes I have made” (%1 on their plan; up to the %2 most recent print, as many as fit on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include “&amp;Changes I have made” (none on their plan yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints in %1 (%2).</source>
        <comment>the language&apos;s name in the window&apos;s language, then in its own</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReadinessChart</name>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness rulers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: importance %2, confidence %3, readiness %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not lower: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rulers recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReadinessTableModel</name>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, why not lower: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, what would help: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReasonDialog</name>
    <message>
        <source>Why it was entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Entered in Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your agency&apos;s report files could not be read and are left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and a period, then press Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day. Choose a last day on or after the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault on this computer will be replaced by the backup. Everything written since that backup will be gone. The backup is checked in full first; if anything is wrong with it, nothing here changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase the backup was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuum backups (*.continuum-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Continuum backup made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault on this computer with this backup? Anything written since the backup was made will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup and restoring… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Unlock it with the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::RulerEditor</name>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why not lower, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what would it take to move higher, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a number from 0 to 10 (%1 is outside the ruler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this number and not lower?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would it take to move higher?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 and not lower? (answered at %1; the number is now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 and not lower?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would it take to move higher than %1? (answered at %1; the number is now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would it take to move from 0 to a 1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 0 = %2, 10 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::SelfReviewDialog</name>
    <message>
        <source>Review My Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rating is optional: rate what you want to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;coded a recording of this session (MITI 4.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;note to myself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-consistent behaviours (MIA:STEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-inconsistent behaviours (MIA:STEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own rating of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not rated this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by them on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITI 4.2.1: what you coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (global score, 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (count; a dash means not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-adherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-adherent (SC + AF + EA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-non-adherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI-non-adherent (Confront + Persuade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My practice in the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionEditor</name>
    <message>
        <source>(Follow-up wanted on %1, before the session date, so not set as a follow-up.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this session note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add A&amp;ddendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Entered in Error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %1 — %2, %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved without the follow-up date, which is before the session date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your name in Preferences before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as %1 makes it a permanent part of the record: it can no longer be edited, only followed by numbered, signed addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you sign, this record does not have:

%1

You can go back and add them, or sign it as it is.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this session note?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft?

Nothing of it is kept: everything in it is removed and cannot be brought back. The audit log notes only that a draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — NOT SIGNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session-note-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft could not be saved: %1

Close it and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;My Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something in the session first: a review is of a saved session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &amp;Over to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the follow-up date first, then hand over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionForm</name>
    <message>
        <source>About the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes I want to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most important reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps I plan to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How other people can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I will know my plan is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could get in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;tting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal to add to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;rulers and quotes to the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the rulers, with the person&apos;s reasons, and the change-talk quotes into the first section of the note, as text you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is before the session date (%1). Choose that day or later; the rest of the draft is saved meanwhile, without the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — why not lower: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — what would help: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change talk (%1): “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rulers or change talk recorded yet: add them under Goals discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes they count</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionVoiceSection</name>
    <message>
        <source>A change they count, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they say it, e.g. what they did differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chan&amp;ge they count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only if they want it on the plan they take home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the change they count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes they counted in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal whose steps they mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here they are on their steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step they are on now, as they see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark where they are on their steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set their steps for this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps marked in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved, so nothing was added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on their plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2, “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps set yet</source>
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
    <message>
        <source>Signed session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session stays in the record but is no longer counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %1, signed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>described a return to use (part of the cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why not lower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what would help move higher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change talk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustain talk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes I want to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most important reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps I plan to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How other people can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I will know my plan is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could get in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %1 — signed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note — %1</source>
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
    <message>
        <source>Today&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral Out&amp;come…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups in the next seven days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes not yet signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the draft; the context menu can discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting for an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter records what came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Came of the Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what came of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsigned session note for %1 (%2)? Nothing of it is kept, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous contact(s)</source>
        <comment>contacts today</comment>
        <translation>
            <numerusform>%n anonymous contact</numerusform>
            <numerusform>%n anonymous contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded contact(s)</source>
        <comment>contacts today</comment>
        <translation>
            <numerusform>%n coded contact</numerusform>
            <numerusform>%n coded contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with a known client</source>
        <comment>contacts today</comment>
        <translation>
            <numerusform>%n contact with a known client</numerusform>
            <numerusform>%n contacts with a known client</numerusform>
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
    <message>
        <source>&amp;Take Over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another Continuum window on this computer (process %1). Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is marked as open on the computer &quot;%1&quot; (process %2). If Continuum is not running there — for example, the vault folder was copied to this computer — you can take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer &quot;%1&quot; (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is marked as open on %1. Take it over only if Continuum is not running there: two computers writing the same vault at once can damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>continuum::ui::VoicePanel</name>
    <message>
        <source>Changes they count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their steps toward a goal</source>
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
    <message>
        <source>Open a throwaway vault with a fictional caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of Continuum, SQLCipher and Qt, and the license.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ContactLabels</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Coded (a code only)</source>
        <translation>Con código (solo un código)</translation>
    </message>
    <message>
        <source>Known client</source>
        <translation>Cliente conocido</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Alcance comunitario</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Centro sin cita</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No está claro</translation>
    </message>
    <message>
        <source>Someone else&apos;s (they saw it)</source>
        <translation>De otra persona (la vio)</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Propia</translation>
    </message>
    <message>
        <source>Survived</source>
        <translation>Sobrevivió</translation>
    </message>
    <message>
        <source>Went to hospital</source>
        <translation>Fue al hospital</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Se conectó</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No se conectó</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Todavía en espera</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No lo aceptó</translation>
    </message>
    <message>
        <source>Any second line, however faint, means negative. One line only means positive; no line by the control mark means the strip is invalid.</source>
        <translation>Cualquier segunda línea, por tenue que sea, significa negativo. Una sola línea significa positivo; si no hay línea junto a la marca de control, la tira no es válida.</translation>
    </message>
    <message>
        <source>Syringes</source>
        <comment>a supply given</comment>
        <translation>Jeringas</translation>
    </message>
    <message>
        <source>Cookers</source>
        <comment>a supply given</comment>
        <translation>Recipientes para preparar</translation>
    </message>
    <message>
        <source>Cottons/filters</source>
        <comment>a supply given</comment>
        <translation>Algodones/filtros</translation>
    </message>
    <message>
        <source>Pipes</source>
        <comment>a supply given</comment>
        <translation>Pipas</translation>
    </message>
    <message>
        <source>Straws</source>
        <comment>a supply given</comment>
        <translation>Popotes/pajillas</translation>
    </message>
    <message>
        <source>Test strips</source>
        <comment>a supply given</comment>
        <translation>Tiras reactivas</translation>
    </message>
    <message>
        <source>Wound care</source>
        <comment>a supply given</comment>
        <translation>Cuidado de heridas</translation>
    </message>
    <message>
        <source>Safer-sex supplies</source>
        <comment>a supply given</comment>
        <translation>Suministros para sexo más seguro</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <comment>a supply given</comment>
        <translation>Higiene</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>a supply given</comment>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Sharps container</source>
        <comment>a supply given</comment>
        <translation>Contenedor para objetos punzantes</translation>
    </message>
    <message>
        <source>Nasal 4 mg</source>
        <comment>a naloxone product</comment>
        <translation>Nasal 4 mg</translation>
    </message>
    <message>
        <source>Nasal 8 mg</source>
        <comment>a naloxone product</comment>
        <translation>Nasal 8 mg</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <comment>a naloxone product</comment>
        <translation>Intramuscular</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a naloxone product</comment>
        <translation>Otro producto</translation>
    </message>
    <message>
        <source>Fentanyl test strip</source>
        <comment>a way to check drugs</comment>
        <translation>Tira reactiva de fentanilo</translation>
    </message>
    <message>
        <source>Xylazine test strip</source>
        <comment>a way to check drugs</comment>
        <translation>Tira reactiva de xilacina</translation>
    </message>
    <message>
        <source>Nitazene test strip</source>
        <comment>a way to check drugs</comment>
        <translation>Tira reactiva de nitacenos</translation>
    </message>
    <message>
        <source>Reagent test</source>
        <comment>a way to check drugs</comment>
        <translation>Prueba con reactivo</translation>
    </message>
    <message>
        <source>FTIR</source>
        <comment>a way to check drugs</comment>
        <translation>FTIR</translation>
    </message>
    <message>
        <source>Medical care</source>
        <comment>a place or service referred to</comment>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Treatment for substance use</source>
        <comment>a place or service referred to</comment>
        <translation>Tratamiento para el uso de sustancias</translation>
    </message>
    <message>
        <source>Medication for opioid use disorder</source>
        <comment>a place or service referred to</comment>
        <translation>Medicamentos para el trastorno por uso de opioides</translation>
    </message>
    <message>
        <source>Mental health</source>
        <comment>a place or service referred to</comment>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Housing</source>
        <comment>a place or service referred to</comment>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>a place or service referred to</comment>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>a place or service referred to</comment>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Benefits</source>
        <comment>a place or service referred to</comment>
        <translation>Beneficios públicos</translation>
    </message>
    <message>
        <source>Wound care</source>
        <comment>a place or service referred to</comment>
        <translation>Cuidado de heridas</translation>
    </message>
    <message>
        <source>Testing for HIV/hepatitis C</source>
        <comment>a place or service referred to</comment>
        <translation>Pruebas de VIH/hepatitis C</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a place or service referred to</comment>
        <translation>Otro servicio</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Protect your records</source>
        <translation>Proteja sus registros</translation>
    </message>
    <message>
        <source>Continuum keeps everything in one encrypted vault on this computer.</source>
        <translation>Continuum guarda todo en una bóveda cifrada en esta computadora.</translation>
    </message>
    <message>
        <source>Choose a passphrase that only you know. You will type it each time you unlock Continuum. Nobody, including your agency&apos;s IT staff, can read the vault without it or the recovery key.</source>
        <translation>Elija una frase de contraseña que solo usted conozca. La escribirá cada vez que desbloquee Continuum. Nadie, ni siquiera el personal de informática de su agencia, puede leer la bóveda sin ella o sin la clave de recuperación.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation>Creando la bóveda cifrada… esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>This is shown only once. Print it or write it down now.</source>
        <translation>Se muestra una sola vez. Imprímala o anótela ahora.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key and will keep it apart from this computer.</source>
        <translation>Ya imprimí o &amp;anoté la clave de recuperación y la guardaré lejos de esta computadora.</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into your records. Anyone who has it can open the vault, so keep it somewhere safe and private, not on this computer.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de volver a entrar a sus registros. Cualquier persona que la tenga puede abrir la bóveda, así que guárdela en un lugar seguro y privado, no en esta computadora.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again in two minutes.</source>
        <translation>Copiada. El portapapeles se borra de nuevo en dos minutos.</translation>
    </message>
    <message>
        <source>Continuum recovery key</source>
        <translation>Clave de recuperación de Continuum</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Printed %1. This key opens your Continuum vault if you forget your passphrase. Anyone who has it can read the vault: keep this page locked away, apart from the computer.</source>
        <translation>Impreso el %1. Esta clave abre su bóveda de Continuum si olvida su frase de contraseña. Cualquier persona que la tenga puede leer la bóveda: guarde esta página bajo llave, lejos de la computadora.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Revise su copia</translation>
    </message>
    <message>
        <source>Type two groups from the recovery key you printed or wrote down.</source>
        <translation>Escriba dos grupos de la clave de recuperación que imprimió o anotó.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Grupo %1 de la clave de recuperación</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Grupo &amp;%1:</translation>
    </message>
    <message>
        <source>This makes sure your copy is complete and readable before you rely on it. The key on screen is hidden now; read from your copy.</source>
        <translation>Así se asegura de que su copia está completa y se puede leer antes de depender de ella. La clave ya no se ve en la pantalla; léala de su copia.</translation>
    </message>
    <message>
        <source>Group %1 does not match the key. Check that group on your copy: a 0 and an O, or a 1 and an I, read the same.</source>
        <translation>El grupo %1 no coincide con la clave. Revise ese grupo en su copia: un 0 y una O, o un 1 y una I, se leen igual.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match the key. Check those groups on your copy.</source>
        <translation>Los grupos %1 y %2 no coinciden con la clave. Revise esos grupos en su copia.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Your name and credentials appear where you sign session notes and on printouts.</source>
        <translation>Su nombre y sus credenciales aparecen donde usted firma las notas de sesión y en lo que imprime.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation>Sus credenciales</translation>
    </message>
    <message>
        <source>For example: CADC, peer support worker</source>
        <translation>Por ejemplo: CADC, especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Credentials (optional):</source>
        <translation>&amp;Credenciales (opcional):</translation>
    </message>
    <message>
        <source>You can change these later in Preferences.</source>
        <translation>Puede cambiar estos datos más tarde en Preferencias.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>That input cannot be used here.</source>
        <translation>Ese dato no se puede usar aquí.</translation>
    </message>
    <message>
        <source>There is no Continuum vault in that folder.</source>
        <translation>No hay ninguna bóveda de Continuum en esa carpeta.</translation>
    </message>
    <message>
        <source>There is already a vault or other files in that folder. Choose another folder. Nothing was changed.</source>
        <translation>Ya hay una bóveda u otros archivos en esa carpeta. Elija otra carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing or empty, so the vault cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation>Falta el archivo de base de datos de la bóveda o está vacío, así que la bóveda no se puede abrir. Restáurela desde su copia de seguridad más reciente. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file in that folder is not encrypted, so Continuum will not open it. Nothing was changed.</source>
        <translation>El archivo de esa carpeta no está cifrado, así que Continuum no lo abrirá. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file is damaged, so the vault cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation>El archivo de ranuras de clave de la bóveda está dañado, así que la bóveda no se puede abrir. Restáurela desde su copia de seguridad más reciente. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Restore it from your latest backup. Nothing was changed.</source>
        <translation>La bóveda está dañada y no se puede abrir. Restáurela desde su copia de seguridad más reciente. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault did not unlock: that passphrase does not open it. Check that Caps Lock is off and try again.</source>
        <translation>La bóveda no se desbloqueó: esa frase de contraseña no la abre. Revise que las mayúsculas fijas (Caps Lock) estén desactivadas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault did not unlock: that recovery key does not open it. Compare it with your printed copy and try again.</source>
        <translation>La bóveda no se desbloqueó: esa clave de recuperación no la abre. Compárela con su copia impresa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery key has a typo. Compare each group of four with your printed copy.</source>
        <translation>Esa clave de recuperación tiene un error de escritura. Compare cada grupo de cuatro con su copia impresa.</translation>
    </message>
    <message>
        <source>This was saved by a newer version of Continuum. Install the newer version to open it. Nothing was changed.</source>
        <translation>Esto se guardó con una versión más nueva de Continuum. Instale la versión más nueva para abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault is open in another Continuum window, or on another computer that uses this folder. Close it there first.</source>
        <translation>La bóveda está abierta en otra ventana de Continuum, o en otra computadora que usa esta carpeta. Ciérrela allí primero.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the folder and try again.</source>
        <translation>No se pudo leer o escribir un archivo. Revise la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong while reading or saving the vault. Nothing you entered was lost.</source>
        <translation>Algo salió mal al leer o guardar la bóveda. No se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <source>The vault did not accept that change because it breaks one of its rules. Nothing was changed.</source>
        <translation>La bóveda no aceptó ese cambio porque va contra una de sus reglas. No se cambió nada.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while protecting the vault. Close other programs and try again.</source>
        <translation>La computadora se quedó sin memoria mientras protegía la bóveda. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a Continuum backup. Nothing was changed.</source>
        <translation>El archivo de copia de seguridad está dañado o no es una copia de seguridad de Continuum. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>La bóveda está bloqueada. Desbloquéela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This installation of Continuum is incomplete: its encryption library is missing or too old. Reinstall Continuum.</source>
        <translation>Esta instalación de Continuum está incompleta: falta su biblioteca de cifrado o es demasiado antigua. Vuelva a instalar Continuum.</translation>
    </message>
    <message>
        <source>One of the values does not fit. Please check the marked field.</source>
        <translation>Uno de los valores no cabe. Revise el campo marcado.</translation>
    </message>
    <message>
        <source>That record is no longer there. It may have been removed.</source>
        <translation>Ese registro ya no está. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This session note is signed and can no longer be changed. Add an addendum instead.</source>
        <translation>Esta nota de sesión está firmada y ya no se puede cambiar. Agregue una adenda en su lugar.</translation>
    </message>
    <message>
        <source>It was done, but the audit log could not record it. Check that the disk has room, then tell whoever keeps your records.</source>
        <translation>Se hizo, pero el registro de auditoría no pudo anotarlo. Revise que el disco tenga espacio y avise a quien se encarga de sus registros.</translation>
    </message>
</context>
<context>
    <name>GoalSummaryDocument</name>
    <message>
        <source>My plan — %1</source>
        <translation>Mi plan — %1</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>What I want</source>
        <translation>Lo que quiero</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>My next steps</source>
        <translation>Mis próximos pasos</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién me puede ayudar</translation>
    </message>
    <message>
        <source>If it gets hard</source>
        <translation>Si se pone difícil</translation>
    </message>
    <message>
        <source>How important: %1 out of 10</source>
        <translation>Cuánto me importa: %1 de 10</translation>
    </message>
    <message>
        <source>How confident: %1 out of 10</source>
        <translation>Cuánta confianza tengo: %1 de 10</translation>
    </message>
    <message>
        <source>How I feel about it now</source>
        <translation>Cómo me siento ahora</translation>
    </message>
    <message>
        <source>Substances we talked about: </source>
        <translation>Sustancias de las que hablamos: </translation>
    </message>
    <message>
        <source>We made this plan together.</source>
        <translation>Hicimos este plan en equipo.</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>Changes I have made</source>
        <translation>Cambios que hice</translation>
    </message>
    <message>
        <source>…and one more in my record.</source>
        <translation>…y uno más en mi registro.</translation>
    </message>
    <message>
        <source>…and %1 more in my record.</source>
        <translation>…y %1 más en mi registro.</translation>
    </message>
</context>
<context>
    <name>IndicatorSource</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Known person</source>
        <translation>Persona conocida</translation>
    </message>
    <message>
        <source>Person known by a code</source>
        <translation>Persona conocida por un código</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Alcance comunitario</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Centro sin cita</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Shown how to use naloxone</source>
        <translation>Se le enseñó a usar naloxona</translation>
    </message>
    <message>
        <source>Shown how</source>
        <translation>Se le enseñó</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se le enseñó</translation>
    </message>
    <message>
        <source>How it was checked</source>
        <translation>Cómo se analizó</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Found (positive)</source>
        <translation>Se encontró (positivo)</translation>
    </message>
    <message>
        <source>Not found (negative)</source>
        <translation>No se encontró (negativo)</translation>
    </message>
    <message>
        <source>Could not read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No está claro</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation>Trabajo y estudios</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Hijos y familia</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Uso de sustancias</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Where on the continuum</source>
        <translation>Lugar en el continuo</translation>
    </message>
    <message>
        <source>Safer use</source>
        <translation>Uso más seguro</translation>
    </message>
    <message>
        <source>Managed use</source>
        <translation>Uso controlado</translation>
    </message>
    <message>
        <source>Not using</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Todavía sin ubicar</translation>
    </message>
    <message>
        <source>Not about substance use</source>
        <translation>No es sobre el uso de sustancias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>People (each anonymous contact counted once)</source>
        <translation>Personas (cada contacto anónimo cuenta como una)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>People (known or coded)</source>
        <translation>Personas (conocidas o con código)</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personas alcanzadas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Safer use supplies</source>
        <translation>Suministros para un uso más seguro</translation>
    </message>
    <message>
        <source>Items given</source>
        <translation>Artículos entregados</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Suministro</translation>
    </message>
    <message>
        <source>Naloxone given</source>
        <translation>Naloxona entregada</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Drug checking</source>
        <translation>Análisis de sustancias</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>What people planned after a check</source>
        <translation>Lo que las personas planearon después de un análisis</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Use less</source>
        <translation>Usar menos</translation>
    </message>
    <message>
        <source>Use with someone around</source>
        <translation>Usar con alguien cerca</translation>
    </message>
    <message>
        <source>Keep naloxone near</source>
        <translation>Tener naloxona a mano</translation>
    </message>
    <message>
        <source>Not use it</source>
        <translation>No usar esa sustancia</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ningún cambio</translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation>Sin plan registrado</translation>
    </message>
    <message>
        <source>Overdoses reported</source>
        <translation>Sobredosis reportadas</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Sobredosis revertidas</translation>
    </message>
    <message>
        <source>Naloxone doses used</source>
        <translation>Dosis de naloxona usadas</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Someone else&apos;s</source>
        <translation>De otra persona</translation>
    </message>
    <message>
        <source>The person&apos;s own</source>
        <translation>De la propia persona</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Survived</source>
        <translation>Sobrevivió</translation>
    </message>
    <message>
        <source>Went to the hospital</source>
        <translation>Fue al hospital</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>911 called</source>
        <translation>Se llamó al 911</translation>
    </message>
    <message>
        <source>911 not called</source>
        <translation>No se llamó al 911</translation>
    </message>
    <message>
        <source>Naloxone used</source>
        <translation>Se usó naloxona</translation>
    </message>
    <message>
        <source>No naloxone used</source>
        <translation>No se usó naloxona</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Se conectó</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No se conectó</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Todavía en espera</translation>
    </message>
    <message>
        <source>Decided not to go</source>
        <translation>Decidió no ir</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Todavía sin resultado</translation>
    </message>
    <message>
        <source>MI sessions</source>
        <translation>Sesiones de EM</translation>
    </message>
    <message>
        <source>MI sessions held</source>
        <translation>Sesiones de EM realizadas</translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation>Metas fijadas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Goals worked on in MI sessions</source>
        <translation>Metas trabajadas en sesiones de EM</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Metas logradas</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Otro lugar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inyectar</translation>
    </message>
    <message>
        <source>Smoke</source>
        <translation>Fumar</translation>
    </message>
    <message>
        <source>Snort</source>
        <translation>Aspirar por la nariz</translation>
    </message>
    <message>
        <source>Swallow</source>
        <translation>Tragar</translation>
    </message>
    <message>
        <source>Other route</source>
        <translation>Otra vía</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation>Trabajo y estudios</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Hijos y familia</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Uso de sustancias</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Safer use</source>
        <translation>Uso más seguro</translation>
    </message>
    <message>
        <source>Managed use</source>
        <translation>Uso controlado</translation>
    </message>
    <message>
        <source>Abstinence</source>
        <translation>Abstinencia</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Todavía sin ubicar</translation>
    </message>
    <message>
        <source>Yes, they agreed</source>
        <translation>Sí, estuvo de acuerdo</translation>
    </message>
    <message>
        <source>No, they did not agree</source>
        <translation>No, no estuvo de acuerdo</translation>
    </message>
    <message>
        <source>Not talked about</source>
        <translation>No se habló de eso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Alcance comunitario</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>Engaging</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Focusing</source>
        <translation>Enfocar</translation>
    </message>
    <message>
        <source>Evoking</source>
        <translation>Evocar</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Precontemplation</source>
        <translation>Precontemplación</translation>
    </message>
    <message>
        <source>Contemplation</source>
        <translation>Contemplación</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Deseo</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Razones</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Taking steps</source>
        <translation>Dando pasos</translation>
    </message>
    <message>
        <source>DAP (data, assessment, plan)</source>
        <translation>DAP (datos, evaluación, plan)</translation>
    </message>
    <message>
        <source>SOAP (subjective, objective, assessment, plan)</source>
        <translation>SOAP (subjetivo, objetivo, evaluación, plan)</translation>
    </message>
    <message>
        <source>BIRP (behavior, intervention, response, plan)</source>
        <translation>BIRP (conducta, intervención, respuesta, plan)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Good things about the way things are</source>
        <translation>Lo bueno de cómo están las cosas</translation>
    </message>
    <message>
        <source>Not-so-good things about the way things are</source>
        <translation>Lo no tan bueno de cómo están las cosas</translation>
    </message>
    <message>
        <source>Good things about changing</source>
        <translation>Lo bueno de cambiar</translation>
    </message>
    <message>
        <source>Not-so-good things about changing</source>
        <translation>Lo no tan bueno de cambiar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Counselor&apos;s framing</source>
        <translation>Encuadre profesional</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Where on the continuum</source>
        <translation>Lugar en el continuo</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <source>If it gets hard</source>
        <translation>Si se pone difícil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (pronouns)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, pronouns %2</source>
        <comment>name, pronouns</comment>
        <translation>%1, pronombres: %2</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <source>No setting (office, outreach, phone…)</source>
        <translation>Sin modalidad (oficina, alcance comunitario, teléfono…)</translation>
    </message>
    <message>
        <source>No duration</source>
        <translation>Sin duración</translation>
    </message>
    <message>
        <source>No goal worked on</source>
        <translation>Ninguna meta trabajada</translation>
    </message>
    <message>
        <source>Stage not assessed for “%1”</source>
        <translation>Etapa sin evaluar para “%1”</translation>
    </message>
    <message>
        <source>Rulers not asked for “%1”</source>
        <translation>Escalas sin preguntar para “%1”</translation>
    </message>
    <message>
        <source>Empty note section: %1</source>
        <translation>Sección de la nota vacía: %1</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Sin fecha de seguimiento</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <source>MI spirit</source>
        <translation>Espíritu de la EM</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Affirmations</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <source>Fostering collaboration</source>
        <translation>Fomentar la colaboración</translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation>Motivación para el cambio</translation>
    </message>
    <message>
        <source>Developing discrepancy</source>
        <translation>Desarrollar la discrepancia</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Pros y contras</translation>
    </message>
    <message>
        <source>Change planning</source>
        <translation>Planificación del cambio</translation>
    </message>
    <message>
        <source>Client-centred feedback</source>
        <translation>Retroalimentación centrada en la persona</translation>
    </message>
    <message>
        <source>Unsolicited advice or direction</source>
        <translation>Consejos o indicaciones no pedidos</translation>
    </message>
    <message>
        <source>Emphasis on abstinence</source>
        <translation>Énfasis en la abstinencia</translation>
    </message>
    <message>
        <source>Confrontation</source>
        <translation>Confrontación</translation>
    </message>
    <message>
        <source>Emphasizing powerlessness</source>
        <translation>Enfatizar la impotencia</translation>
    </message>
    <message>
        <source>Asserting authority</source>
        <translation>Imponer autoridad</translation>
    </message>
    <message>
        <source>Closed questions</source>
        <translation>Preguntas cerradas</translation>
    </message>
    <message>
        <source>1 Not at all</source>
        <translation>1 Nada</translation>
    </message>
    <message>
        <source>2 A little</source>
        <translation>2 Un poco</translation>
    </message>
    <message>
        <source>3 Infrequently</source>
        <translation>3 Pocas veces</translation>
    </message>
    <message>
        <source>4 Somewhat</source>
        <translation>4 Algo</translation>
    </message>
    <message>
        <source>5 Quite a bit</source>
        <translation>5 Bastante</translation>
    </message>
    <message>
        <source>6 Considerably</source>
        <translation>6 Mucho</translation>
    </message>
    <message>
        <source>7 Extensively</source>
        <translation>7 Muchísimo</translation>
    </message>
    <message>
        <source>1 Very poor</source>
        <translation>1 Muy deficiente</translation>
    </message>
    <message>
        <source>2 Poor</source>
        <translation>2 Deficiente</translation>
    </message>
    <message>
        <source>3 Acceptable</source>
        <translation>3 Aceptable</translation>
    </message>
    <message>
        <source>4 Adequate</source>
        <translation>4 Adecuado</translation>
    </message>
    <message>
        <source>5 Good</source>
        <translation>5 Bueno</translation>
    </message>
    <message>
        <source>6 Very good</source>
        <translation>6 Muy bueno</translation>
    </message>
    <message>
        <source>7 Excellent</source>
        <translation>7 Excelente</translation>
    </message>
    <message>
        <source>Cultivating change talk</source>
        <translation>Cultivar el discurso de cambio</translation>
    </message>
    <message>
        <source>Softening sustain talk</source>
        <translation>Suavizar el discurso de mantenimiento</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatía</translation>
    </message>
    <message>
        <source>Giving information</source>
        <translation>Dar información</translation>
    </message>
    <message>
        <source>Persuade</source>
        <translation>Persuadir</translation>
    </message>
    <message>
        <source>Persuade with permission</source>
        <translation>Persuadir con permiso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Simple reflection</source>
        <translation>Reflejo simple</translation>
    </message>
    <message>
        <source>Complex reflection</source>
        <translation>Reflejo complejo</translation>
    </message>
    <message>
        <source>Affirm</source>
        <translation>Afirmar</translation>
    </message>
    <message>
        <source>Seeking collaboration</source>
        <translation>Buscar colaboración</translation>
    </message>
    <message>
        <source>Emphasizing autonomy</source>
        <translation>Enfatizar la autonomía</translation>
    </message>
    <message>
        <source>Confront</source>
        <translation>Confrontar</translation>
    </message>
    <message>
        <source>Relational</source>
        <translation>Relacional</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>% complex reflections</source>
        <translation>% de reflejos complejos</translation>
    </message>
    <message>
        <source>Reflections to questions</source>
        <translation>Reflejos por pregunta</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>no se puede calcular</translation>
    </message>
    <message>
        <source>below fair</source>
        <translation>por debajo de aceptable</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>Was I listened to?</source>
        <translation>¿Me escucharon?</translation>
    </message>
    <message>
        <source>Did we work on what matters to me?</source>
        <translation>¿Trabajamos en lo que me importa?</translation>
    </message>
    <message>
        <source>Do I feel more able to make the change?</source>
        <translation>¿Me siento más capaz de hacer el cambio?</translation>
    </message>
    <message>
        <source>3 Somewhat</source>
        <translation>3 Algo</translation>
    </message>
    <message>
        <source>4 Mostly</source>
        <translation>4 En gran parte</translation>
    </message>
    <message>
        <source>5 Very much</source>
        <translation>5 Mucho</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>fair %1, good %2</source>
        <translation>aceptable %1, bueno %2</translation>
    </message>
    <message>
        <source>Fair and good are the MITI 4.2.1 manual&apos;s suggested thresholds, based on expert opinion, not on research.</source>
        <translation>“Aceptable” y “bueno” son los umbrales que sugiere el manual del MITI 4.2.1, basados en la opinión de personas expertas, no en investigación.</translation>
    </message>
    <message>
        <source>Only you see this. It is never printed with a person&apos;s record.</source>
        <translation>Solo usted ve esto. Nunca se imprime con el registro de una persona.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Saving as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>A PDF is not encrypted: anyone who opens the file can read it. Do not keep it in shared, synced or cloud folders, on a shared computer, or attached to email. Print it, give it to the person, and delete the file when you are done.</source>
        <translation>Un PDF no está cifrado: cualquier persona que abra el archivo puede leerlo. No lo guarde en carpetas compartidas, sincronizadas o en la nube, ni en una computadora compartida, ni lo adjunte a un correo electrónico. Imprímalo, entrégueselo a la persona y borre el archivo cuando termine.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>No hay nada que contar en este período.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 a %2 de %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Counts of 1 are shown as %1, and some others too, so that no one can be picked out.</source>
        <translation>Los recuentos de 1 se muestran como %1, y también algunos otros, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are shown as %2, and some others as %3, so that no one can be picked out.</source>
        <translation>Los recuentos de 1 a %1 se muestran como %2, y algunos otros como %3, para que nadie pueda ser identificado.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have no place recorded.</source>
        <translation>
            <numerusform>%n contacto no tiene lugar registrado.</numerusform>
            <numerusform>%n contactos no tienen lugar registrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrals have no outcome 30 days after the contact.</source>
        <translation>
            <numerusform>%n referido no tiene resultado 30 días después del contacto.</numerusform>
            <numerusform>%n referidos no tienen resultado 30 días después del contacto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug checks have no result recorded.</source>
        <translation>
            <numerusform>%n análisis de sustancias no tiene resultado registrado.</numerusform>
            <numerusform>%n análisis de sustancias no tienen resultado registrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts with naloxone given do not say whether the person was shown how to use it.</source>
        <translation>
            <numerusform>%n contacto con entrega de naloxona no dice si se le enseñó a la persona a usarla.</numerusform>
            <numerusform>%n contactos con entrega de naloxona no dicen si se le enseñó a la persona a usarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdoses were reported with no outcome recorded.</source>
        <translation>
            <numerusform>%n sobredosis informada no tiene desenlace registrado.</numerusform>
            <numerusform>%n sobredosis informadas no tienen desenlace registrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A %1 is a count hidden for the same reason.</source>
        <translation>Un %1 es un recuento oculto por la misma razón.</translation>
    </message>
    <message>
        <source>Check before you export</source>
        <translation>Revise antes de exportar</translation>
    </message>
    <message>
        <source>For you only: these are not in the exported files.</source>
        <translation>Solo para usted: esto no aparece en los archivos exportados.</translation>
    </message>
    <message>
        <source>Nothing is missing from the records this report counts.</source>
        <translation>No falta nada en los registros que cuenta este informe.</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>the first column of an exported report (CSV)</comment>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report id</source>
        <comment>the report definition&apos;s id, in an exported report (CSV)</comment>
        <translation>Identificador del informe</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>an exported report&apos;s period (CSV)</comment>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <comment>a report&apos;s period in a CSV: first day, last day (ISO dates), its key</comment>
        <translation>del %1 al %2 (%3)</translation>
    </message>
    <message>
        <source>Suppression threshold</source>
        <comment>in an exported report (CSV)</comment>
        <translation>Umbral para ocultar recuentos</translation>
    </message>
    <message>
        <source>Hidden counts</source>
        <comment>in an exported report (CSV)</comment>
        <translation>Recuentos ocultos</translation>
    </message>
</context>
<context>
    <name>SessionNoteDocument</name>
    <message>
        <source>Session note — %1</source>
        <translation>Nota de sesión — %1</translation>
    </message>
    <message>
        <source>MI session note</source>
        <translation>Nota de sesión de EM</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Código de la agencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>MI processes</source>
        <translation>Procesos de la EM</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>described a return to use (part of the cycle)</source>
        <translation>describió que volvió a usar (es parte del ciclo)</translation>
    </message>
    <message>
        <source>Stage observed</source>
        <translation>Etapa observada</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Why %1 and not lower: “%2”</source>
        <translation>Por qué %1 y no menos: “%2”</translation>
    </message>
    <message>
        <source>What would help move higher: “%1”</source>
        <translation>Qué le ayudaría a subir: “%1”</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Change talk</source>
        <translation>Discurso de cambio</translation>
    </message>
    <message>
        <source>Sustain talk</source>
        <translation>Discurso de mantenimiento</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Balance decisional</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Plan de cambio</translation>
    </message>
    <message>
        <source>The changes I want to make</source>
        <translation>Los cambios que quiero hacer</translation>
    </message>
    <message>
        <source>The most important reasons</source>
        <translation>Las razones más importantes</translation>
    </message>
    <message>
        <source>The steps I plan to take</source>
        <translation>Los pasos que pienso dar</translation>
    </message>
    <message>
        <source>How other people can help</source>
        <translation>Cómo me pueden ayudar otras personas</translation>
    </message>
    <message>
        <source>How I will know my plan is working</source>
        <translation>Cómo sabré que mi plan está funcionando</translation>
    </message>
    <message>
        <source>What could get in the way</source>
        <translation>Qué podría impedirlo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Firmado por %1 el %2</translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message>
        <source>Addendum %1 — signed by %2 on %3</source>
        <translation>Adenda %1 — firmada por %2 el %3</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>entered by the person</source>
        <translation>lo anotó la persona</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>lo anotó %1</translation>
    </message>
    <message>
        <source>Note — %1</source>
        <translation>Nota — %1</translation>
    </message>
</context>
<context>
    <name>UiHooks</name>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Ampliación</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Add the name they want to be called.</source>
        <translation>Agregue el nombre que la persona quiere usar.</translation>
    </message>
    <message>
        <source>The chosen name is too long. Shorten it.</source>
        <translation>El nombre elegido es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The pronouns are too long. Shorten them.</source>
        <translation>Los pronombres son demasiado largos. Acórtelos.</translation>
    </message>
    <message>
        <source>The legal name is too long. Shorten it.</source>
        <translation>El nombre legal es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Check the birth year: it can be from 1900 up to this year.</source>
        <translation>Revise el año de nacimiento: puede ser desde 1900 hasta este año.</translation>
    </message>
    <message>
        <source>The birth year and the birth date give different years. Correct one, or leave one empty.</source>
        <translation>El año de nacimiento y la fecha de nacimiento dan años distintos. Corrija uno, o deje uno vacío.</translation>
    </message>
    <message>
        <source>Check the birth date: it can be from 1900 up to today.</source>
        <translation>Revise la fecha de nacimiento: puede ser desde 1900 hasta hoy.</translation>
    </message>
    <message>
        <source>The agency code is too long. Shorten it.</source>
        <translation>El código de la agencia es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The phone number is too long. Shorten it.</source>
        <translation>El número de teléfono es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The email address is too long. Shorten it.</source>
        <translation>La dirección de correo electrónico es demasiado larga. Acórtela.</translation>
    </message>
    <message>
        <source>The address is too long. Shorten it.</source>
        <translation>La dirección es demasiado larga. Acórtela.</translation>
    </message>
    <message>
        <source>The housing situation is too long. Shorten it.</source>
        <translation>La situación de vivienda es demasiado larga. Acórtela.</translation>
    </message>
    <message>
        <source>Check the date the housing situation was recorded.</source>
        <translation>Revise la fecha en que se registró la situación de vivienda.</translation>
    </message>
    <message>
        <source>The date the housing situation was recorded is after today. Check it.</source>
        <translation>La fecha en que se registró la situación de vivienda es posterior a hoy. Revísela.</translation>
    </message>
    <message>
        <source>A substance row has no name. Add the name, or remove the row.</source>
        <translation>Una fila de sustancia no tiene nombre. Agregue el nombre o quite la fila.</translation>
    </message>
    <message>
        <source>A substance name is too long. Shorten it.</source>
        <translation>El nombre de una sustancia es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The notes are too long to keep in one record. Shorten them.</source>
        <translation>Las notas son demasiado largas para guardarlas en un solo registro. Acórtelas.</translation>
    </message>
    <message>
        <source>The reason is too long. A few words are enough.</source>
        <translation>El motivo es demasiado largo. Bastan unas pocas palabras.</translation>
    </message>
    <message>
        <source>To confirm, type their chosen name exactly as it is shown.</source>
        <translation>Para confirmar, escriba el nombre elegido de la persona tal como se muestra.</translation>
    </message>
    <message>
        <source>This person&apos;s record is no longer there. It may have been removed.</source>
        <translation>La ficha de esta persona ya no está. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Choose the person this contact was with, or record it with a code or as anonymous.</source>
        <translation>Elija a la persona con quien fue este contacto, o regístrelo con un código o como anónimo.</translation>
    </message>
    <message>
        <source>This person&apos;s record is archived. Reactivate it first, or record the contact with a code or as anonymous.</source>
        <translation>La ficha de esta persona está archivada. Reactívela primero, o registre el contacto con un código o como anónimo.</translation>
    </message>
    <message>
        <source>Write down what they want, in their own words. It comes first.</source>
        <translation>Escriba lo que la persona quiere, con sus propias palabras. Esto va primero.</translation>
    </message>
    <message>
        <source>Their words are too long to keep in one goal. Shorten them.</source>
        <translation>Sus palabras son demasiado largas para guardarlas en una sola meta. Acórtelas.</translation>
    </message>
    <message>
        <source>Your framing of the goal is too long. Shorten it.</source>
        <translation>Su encuadre de la meta es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>“Why it matters” is too long. Shorten it.</source>
        <translation>“Por qué me importa” es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>“Who can help” is too long. Shorten it.</source>
        <translation>“Quién me puede ayudar” es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>“If it gets hard” is too long. Shorten it.</source>
        <translation>“Si se pone difícil” es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>There are more steps than one goal can hold. Combine some, or make a second goal.</source>
        <translation>Hay más pasos de los que caben en una meta. Junte algunos o cree una segunda meta.</translation>
    </message>
    <message>
        <source>One of the steps is too long. Shorten it.</source>
        <translation>Uno de los pasos es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Choose where they place this goal: safer use, managed use, abstinence, or not placed yet.</source>
        <translation>Elija dónde ubica la persona esta meta: uso más seguro, uso controlado, abstinencia o todavía sin ubicar.</translation>
    </message>
    <message>
        <source>Only a substance-use goal has a place on the continuum. Choose that life area, or leave the place empty.</source>
        <translation>Solo una meta de uso de sustancias tiene un lugar en el continuo. Elija esa área de la vida o deje el lugar vacío.</translation>
    </message>
    <message>
        <source>Setting a goal aside needs their reason, in their words.</source>
        <translation>Para dejar una meta de lado hace falta el motivo de la persona, en sus palabras.</translation>
    </message>
    <message>
        <source>Their reason for setting the goal aside is too long. Shorten it.</source>
        <translation>El motivo de la persona para dejar la meta de lado es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The goal moves along the continuum: write why it changed.</source>
        <translation>La meta se mueve en el continuo: escriba por qué cambió.</translation>
    </message>
    <message>
        <source>The reason for this change is too long. Shorten it.</source>
        <translation>El motivo de este cambio es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Choose whether they agreed to this change: yes, no, or not talked about.</source>
        <translation>Elija si la persona estuvo de acuerdo con este cambio: sí, no, o no se habló de eso.</translation>
    </message>
    <message>
        <source>That session is not one of this person&apos;s sessions. Open the goal from one of theirs.</source>
        <translation>Esa sesión no es de esta persona. Abra la meta desde una de sus sesiones.</translation>
    </message>
    <message>
        <source>Add the date of the session.</source>
        <translation>Agregue la fecha de la sesión.</translation>
    </message>
    <message>
        <source>The session date is after today. Check it.</source>
        <translation>La fecha de la sesión es posterior a hoy. Revísela.</translation>
    </message>
    <message>
        <source>Check the session date: it is further back than any record here.</source>
        <translation>Revise la fecha de la sesión: es anterior a todo lo que hay registrado aquí.</translation>
    </message>
    <message>
        <source>Check the start time.</source>
        <translation>Revise la hora de inicio.</translation>
    </message>
    <message>
        <source>The duration runs from 1 minute to 24 hours.</source>
        <translation>La duración va de 1 minuto a 24 horas.</translation>
    </message>
    <message>
        <source>Check the follow-up date.</source>
        <translation>Revise la fecha de seguimiento.</translation>
    </message>
    <message>
        <source>The follow-up date is before the session date. Choose a later date, or leave it empty.</source>
        <translation>La fecha de seguimiento es anterior a la fecha de la sesión. Elija una fecha posterior o déjela vacía.</translation>
    </message>
    <message>
        <source>The next steps are too long to keep in one record. Shorten them.</source>
        <translation>Los próximos pasos son demasiado largos para guardarlos en un solo registro. Acórtelos.</translation>
    </message>
    <message>
        <source>A goal is listed twice. Remove one of them.</source>
        <translation>Una meta aparece dos veces. Quite una de ellas.</translation>
    </message>
    <message>
        <source>One of the goals chosen is not one of this person&apos;s goals. Choose again.</source>
        <translation>Una de las metas elegidas no es de esta persona. Vuelva a elegir.</translation>
    </message>
    <message>
        <source>Importance runs from 0 to 10. Choose a number in that range.</source>
        <translation>La importancia va de 0 a 10. Elija un número dentro de ese rango.</translation>
    </message>
    <message>
        <source>What they said about importance is too long to keep. Shorten it.</source>
        <translation>Lo que la persona dijo sobre la importancia es demasiado largo para guardarlo. Acórtelo.</translation>
    </message>
    <message>
        <source>Confidence runs from 0 to 10. Choose a number in that range.</source>
        <translation>La confianza va de 0 a 10. Elija un número dentro de ese rango.</translation>
    </message>
    <message>
        <source>What they said about confidence is too long to keep. Shorten it.</source>
        <translation>Lo que la persona dijo sobre la confianza es demasiado largo para guardarlo. Acórtelo.</translation>
    </message>
    <message>
        <source>Readiness runs from 0 to 10. Choose a number in that range.</source>
        <translation>La disposición va de 0 a 10. Elija un número dentro de ese rango.</translation>
    </message>
    <message>
        <source>What they said about readiness is too long to keep. Shorten it.</source>
        <translation>Lo que la persona dijo sobre la disposición es demasiado largo para guardarlo. Acórtelo.</translation>
    </message>
    <message>
        <source>A talk row has no words yet: write what the person said, or remove the row.</source>
        <translation>Una fila de discurso todavía no tiene palabras: escriba lo que dijo la persona o quite la fila.</translation>
    </message>
    <message>
        <source>One of the talk rows is too long to keep in one record. Shorten it.</source>
        <translation>Una de las filas de discurso es demasiado larga para guardarla en un solo registro. Acórtela.</translation>
    </message>
    <message>
        <source>A decisional balance item has no words yet. Write it, or remove it.</source>
        <translation>Un elemento del balance decisional todavía no tiene palabras. Escríbalo o quítelo.</translation>
    </message>
    <message>
        <source>A decisional balance item is too long to keep in one record. Shorten it.</source>
        <translation>Un elemento del balance decisional es demasiado largo para guardarlo en un solo registro. Acórtelo.</translation>
    </message>
    <message>
        <source>Part of the change plan is too long to keep in one record. Shorten it.</source>
        <translation>Una parte del plan de cambio es demasiado larga para guardarla en un solo registro. Acórtela.</translation>
    </message>
    <message>
        <source>The note has a section its format does not have. Choose the note format again.</source>
        <translation>La nota tiene una sección que su formato no tiene. Vuelva a elegir el formato de la nota.</translation>
    </message>
    <message>
        <source>A note section appears twice. Keep its words in one section.</source>
        <translation>Una sección de la nota aparece dos veces. Deje su texto en una sola sección.</translation>
    </message>
    <message>
        <source>The note is too long to keep in one record. Shorten the longest section.</source>
        <translation>La nota es demasiado larga para guardarla en un solo registro. Acorte la sección más larga.</translation>
    </message>
    <message>
        <source>Add your name in Preferences before signing.</source>
        <translation>Agregue su nombre en Preferencias antes de firmar.</translation>
    </message>
    <message>
        <source>Only a signed note takes addenda. Edit the draft instead, or sign it first.</source>
        <translation>Solo una nota firmada admite adendas. Edite el borrador en su lugar, o fírmelo primero.</translation>
    </message>
    <message>
        <source>The addendum is empty. Write what you want to add.</source>
        <translation>La adenda está vacía. Escriba lo que quiere agregar.</translation>
    </message>
    <message>
        <source>The addendum is too long to keep in one record. Shorten it.</source>
        <translation>La adenda es demasiado larga para guardarla en un solo registro. Acórtela.</translation>
    </message>
    <message>
        <source>Only a signed note can be marked as entered in error. A draft can be discarded instead.</source>
        <translation>Solo una nota firmada se puede marcar como registrada por error. Un borrador, en cambio, se puede descartar.</translation>
    </message>
    <message>
        <source>This session note is already marked as entered in error.</source>
        <translation>Esta nota de sesión ya está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Say why this session note was entered in error.</source>
        <translation>Diga por qué esta nota de sesión se registró por error.</translation>
    </message>
    <message>
        <source>The reason is too long to keep in one record. Shorten it.</source>
        <translation>El motivo es demasiado largo para guardarlo en un solo registro. Acórtelo.</translation>
    </message>
    <message>
        <source>Your name is needed for signing and printing.</source>
        <translation>Su nombre es necesario para firmar e imprimir.</translation>
    </message>
    <message>
        <source>Your name is too long. Shorten it.</source>
        <translation>Su nombre es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Add the code the agency uses for this person.</source>
        <translation>Agregue el código que la agencia usa para esta persona.</translation>
    </message>
    <message>
        <source>The code is too long: it can have up to 40 characters.</source>
        <translation>El código es demasiado largo: puede tener hasta 40 caracteres.</translation>
    </message>
    <message>
        <source>The code starts or ends with a space. Remove the space.</source>
        <translation>El código empieza o termina con un espacio. Quite el espacio.</translation>
    </message>
    <message>
        <source>An anonymous contact keeps no note. Remove the note, or record the contact with a code or a known person.</source>
        <translation>Un contacto anónimo no guarda ninguna nota. Quite la nota, o registre el contacto con un código o con un cliente conocido.</translation>
    </message>
    <message>
        <source>The note is too long. Keep it short.</source>
        <translation>La nota es demasiado larga. Que sea breve.</translation>
    </message>
    <message>
        <source>The time of the contact is later than now. Check it.</source>
        <translation>La hora del contacto es posterior a este momento. Revísela.</translation>
    </message>
    <message>
        <source>Check the date and time of the contact.</source>
        <translation>Revise la fecha y la hora del contacto.</translation>
    </message>
    <message>
        <source>Each supply given needs a quantity of 1 or more.</source>
        <translation>Cada suministro entregado necesita una cantidad de 1 o más.</translation>
    </message>
    <message>
        <source>One of the supplies is not in the supplies list. Choose it again.</source>
        <translation>Uno de los suministros no está en la lista de suministros. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>One of the supplies is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation>Uno de los suministros ya no se ofrece. Elija otro, o vuelva a ofrecerlo en las listas.</translation>
    </message>
    <message>
        <source>Naloxone given needs at least 1 kit or 1 dose.</source>
        <translation>La naloxona entregada necesita al menos 1 kit o 1 dosis.</translation>
    </message>
    <message>
        <source>The naloxone product is not in the products list. Choose it again.</source>
        <translation>El producto de naloxona no está en la lista de productos. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>That naloxone product is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation>Ese producto de naloxona ya no se ofrece. Elija otro, o vuelva a ofrecerlo en las listas.</translation>
    </message>
    <message>
        <source>The checking method is not in the methods list. Choose it again.</source>
        <translation>El método de análisis no está en la lista de métodos. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>That checking method is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation>Ese método de análisis ya no se ofrece. Elija otro, o vuelva a ofrecerlo en las listas.</translation>
    </message>
    <message>
        <source>What the person expected or plans is too long. Shorten it.</source>
        <translation>Lo que la persona esperaba o lo que piensa hacer es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>The number of naloxone doses used cannot be below 0.</source>
        <translation>El número de dosis de naloxona usadas no puede ser menor que 0.</translation>
    </message>
    <message>
        <source>Check the date of the overdose.</source>
        <translation>Revise la fecha de la sobredosis.</translation>
    </message>
    <message>
        <source>The date of the overdose is after today. Check it.</source>
        <translation>La fecha de la sobredosis es posterior a hoy. Revísela.</translation>
    </message>
    <message>
        <source>The referral type is not in the referral list. Choose it again.</source>
        <translation>El tipo de referido no está en la lista de referidos. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>That referral type is no longer offered. Choose another, or bring it back in the lists.</source>
        <translation>Ese tipo de referido ya no se ofrece. Elija otro, o vuelva a ofrecerlo en las listas.</translation>
    </message>
    <message>
        <source>The same referral is listed twice. Remove one.</source>
        <translation>El mismo referido aparece dos veces. Quite uno.</translation>
    </message>
    <message>
        <source>This referral is no longer there. It may have been corrected or removed.</source>
        <translation>Este referido ya no está. Puede que se haya corregido o eliminado.</translation>
    </message>
    <message>
        <source>Say why this contact is being corrected.</source>
        <translation>Diga por qué se corrige este contacto.</translation>
    </message>
    <message>
        <source>The reason is too long. Shorten it.</source>
        <translation>El motivo es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to correct.</source>
        <translation>No se cambió nada, así que no hay nada que corregir.</translation>
    </message>
    <message>
        <source>This contact is already marked as entered in error.</source>
        <translation>Este contacto ya está marcado como registrado por error.</translation>
    </message>
    <message>
        <source>Add a name for this item.</source>
        <translation>Agregue un nombre para este elemento.</translation>
    </message>
    <message>
        <source>The name is too long. Shorten it.</source>
        <translation>El nombre es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>This list already has an item with that name. Choose another name.</source>
        <translation>Esta lista ya tiene un elemento con ese nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>A kit holds 1 to 20 doses.</source>
        <translation>Un kit trae de 1 a 20 dosis.</translation>
    </message>
    <message>
        <source>Only naloxone products have doses per kit.</source>
        <translation>Solo los productos de naloxona tienen dosis por kit.</translation>
    </message>
    <message>
        <source>The list changed while you were ordering it. Open it again and try once more.</source>
        <translation>La lista cambió mientras usted la ordenaba. Ábrala de nuevo e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Small counts can be hidden from 1 up to 50. Choose a number in that range.</source>
        <translation>Los recuentos pequeños se pueden ocultar desde 1 hasta 50. Elija un número dentro de ese rango.</translation>
    </message>
    <message>
        <source>Write the change they count, in their own words.</source>
        <translation>Escriba el cambio que la persona valora, con sus propias palabras.</translation>
    </message>
    <message>
        <source>Their words are too long to keep as one change. Shorten them.</source>
        <translation>Sus palabras son demasiado largas para guardarlas como un solo cambio. Acórtelas.</translation>
    </message>
    <message>
        <source>Check the date of the change.</source>
        <translation>Revise la fecha del cambio.</translation>
    </message>
    <message>
        <source>The date of the change is after today. Check it.</source>
        <translation>La fecha del cambio es posterior a hoy. Revísela.</translation>
    </message>
    <message>
        <source>Say why it changed: the reason stays with the record, next to what it said before.</source>
        <translation>Diga por qué cambió: el motivo queda con el registro, junto a lo que decía antes.</translation>
    </message>
    <message>
        <source>That contact is not one with this person. Add it from one of their contacts.</source>
        <translation>Ese contacto no es con esta persona. Agréguelo desde uno de sus contactos.</translation>
    </message>
    <message>
        <source>Write at least one step, in their words, one step per line.</source>
        <translation>Escriba al menos un paso, con sus palabras, un paso por línea.</translation>
    </message>
    <message>
        <source>There are more steps than one goal&apos;s steps can hold. Combine some.</source>
        <translation>Hay más pasos de los que caben en los pasos de una meta. Junte algunos.</translation>
    </message>
    <message>
        <source>That step is not one of their steps now. Choose one of the steps shown.</source>
        <translation>Ese paso ya no es uno de sus pasos. Elija uno de los pasos que se muestran.</translation>
    </message>
    <message>
        <source>This goal has no steps yet. Set their steps first.</source>
        <translation>Esta meta todavía no tiene pasos. Primero defina sus pasos.</translation>
    </message>
    <message>
        <source>This mark is already marked as entered in error.</source>
        <translation>Esta marca ya está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Check the date of the mark.</source>
        <translation>Revise la fecha de la marca.</translation>
    </message>
    <message>
        <source>The date of the mark is after today. Check it.</source>
        <translation>La fecha de la marca es posterior a hoy. Revísela.</translation>
    </message>
    <message>
        <source>A MIA:STEP rating goes from 1 to 7. Choose a rating in that range, or leave it empty.</source>
        <translation>Una calificación de MIA:STEP va de 1 a 7. Elija una calificación dentro de ese rango o déjela vacía.</translation>
    </message>
    <message>
        <source>Behaviours that are not consistent with MI are rated for how much only, not how well.</source>
        <translation>Las conductas que no son coherentes con la EM se califican solo por cuánto ocurren, no por qué tan bien.</translation>
    </message>
    <message>
        <source>The same MIA:STEP item is rated twice. Keep one rating.</source>
        <translation>El mismo elemento de MIA:STEP está calificado dos veces. Deje una sola calificación.</translation>
    </message>
    <message>
        <source>A MITI global score goes from 1 to 5. Choose a score in that range, or leave it empty.</source>
        <translation>Una puntuación global del MITI va de 1 a 5. Elija una puntuación dentro de ese rango o déjela vacía.</translation>
    </message>
    <message>
        <source>MITI global scores come from a coded recording. Tick “I coded a recording” to keep them.</source>
        <translation>Las puntuaciones globales del MITI salen de una grabación codificada. Marque “Codifiqué una grabación” para guardarlas.</translation>
    </message>
    <message>
        <source>A MITI count is a whole number from 0 to 9,999. Check the number, or leave it empty.</source>
        <translation>Un recuento del MITI es un número entero de 0 a 9999. Revise el número o déjelo vacío.</translation>
    </message>
    <message>
        <source>MITI counts come from a coded recording. Tick “I coded a recording” to keep them.</source>
        <translation>Los recuentos del MITI salen de una grabación codificada. Marque “Codifiqué una grabación” para guardarlos.</translation>
    </message>
    <message>
        <source>Your note about this session is too long. Shorten it.</source>
        <translation>Su nota sobre esta sesión es demasiado larga. Acórtela.</translation>
    </message>
    <message>
        <source>Your skills plan is too long. Shorten it.</source>
        <translation>Su plan de habilidades es demasiado largo. Acórtelo.</translation>
    </message>
    <message>
        <source>Check the date of your next review: it can be up to ten years from today.</source>
        <translation>Revise la fecha de su próxima revisión de práctica: puede ser hasta diez años a partir de hoy.</translation>
    </message>
    <message>
        <source>Each answer goes from 1 (not at all) to 5 (very much), or can be left empty.</source>
        <translation>Cada respuesta va de 1 (nada) a 5 (mucho), o se puede dejar vacía.</translation>
    </message>
    <message>
        <source>Choose the language for their printouts from the list.</source>
        <translation>Elija de la lista el idioma de sus impresiones.</translation>
    </message>
    <message>
        <source>A contact with a code or an anonymous contact names no client. Choose &quot;Known client&quot; to name one.</source>
        <translation>Un contacto con código o anónimo no nombra a ningún cliente. Elija &quot;Cliente conocido&quot; para nombrar a uno.</translation>
    </message>
    <message>
        <source>Only a contact recorded with a code keeps a code. Remove the code, or choose &quot;Coded (a code only)&quot;.</source>
        <translation>Solo un contacto registrado con un código guarda un código. Quite el código o elija &quot;Con código (solo un código)&quot;.</translation>
    </message>
    <message>
        <source>The reason given is too long to keep. Shorten it.</source>
        <translation>El motivo que se dio es demasiado largo para guardarlo. Acórtelo.</translation>
    </message>
    <message>
        <source>The change reads as it did, so there is nothing to correct.</source>
        <translation>El cambio dice lo mismo que antes, así que no hay nada que corregir.</translation>
    </message>
    <message>
        <source>This change is already marked as entered in error.</source>
        <translation>Este cambio ya está marcado como registrado por error.</translation>
    </message>
    <message>
        <source>One of their steps is too long to keep. Shorten it.</source>
        <translation>Uno de sus pasos es demasiado largo para guardarlo. Acórtelo.</translation>
    </message>
</context>
<context>
    <name>VaultCli</name>
    <message>
        <source>continuum: </source>
        <translation>continuum: </translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>no se dio ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>the passphrase is %1</source>
        <translation>la frase de contraseña es %1</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>continuum: warning: %1. The vault opens with its passphrase; to have a recovery key again, restore keyslots.json from a backup.</source>
        <translation>continuum: aviso: %1. La bóveda se abre con su frase de contraseña; para volver a tener una clave de recuperación, restaure keyslots.json desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>process %1 on the computer &quot;%2&quot;</source>
        <translation>el proceso %1 en la computadora &quot;%2&quot;</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation>un proceso desconocido</translation>
    </message>
    <message>
        <source>The vault&apos;s lock is held by %1. Take it over? Only do this if Continuum is not running there. [y/N] </source>
        <translation>El bloqueo de la bóveda lo tiene %1. ¿Tomar el control? Hágalo solo si Continuum no está abierto allí. [s/N] </translation>
    </message>
    <message>
        <source>continuum: took over the vault&apos;s lock from %1.</source>
        <translation>continuum: se tomó el control del bloqueo de la bóveda, que tenía %1.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
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
        <translation>uso: continuum vault &lt;comando&gt; --vault DIR [opciones]

comandos:
  create              crear una bóveda nueva y mostrar su clave de recuperación una sola vez
  verify              desbloquear y hacer la comprobación de integridad completa;
                      sale con un código distinto de cero ante cualquier problema
  backup --output F   escribir en F una copia de seguridad de un solo archivo de la bóveda abierta
  restore --input F   verificar la copia F y restaurarla como la bóveda (--overwrite para reemplazar una)
  change-passphrase   poner una frase de contraseña nueva (después de la actual, o con --recovery-key)

opciones:
  --passphrase-stdin  leer las frases de contraseña de la entrada estándar, una por línea,
                      en lugar de la terminal
  --recovery-key      desbloquear con la clave de recuperación en lugar de la frase de contraseña
  --break-lock        tomar el control de una bóveda cuyo bloqueo dejó otra computadora o un proceso
                      que ya no existe (antes pregunta, si hay una terminal)

códigos de salida: 0 correcto, 1 otro error, 2 uso incorrecto,
                   3 frase de contraseña o clave de recuperación incorrecta, 4 no es una bóveda,
                   5 dañada, 6 versión más nueva, 7 ya abierta, 8 disco lleno, 9 ya existe una bóveda
</translation>
    </message>
    <message>
        <source>To replace that vault with the backup, add --overwrite.</source>
        <translation>Para reemplazar esa bóveda con la copia de seguridad, agregue --overwrite.</translation>
    </message>
    <message>
        <source>If Continuum is no longer running there, --break-lock takes over its lock.</source>
        <translation>Si Continuum ya no está abierto allí, --break-lock toma el control de su bloqueo.</translation>
    </message>
    <message>
        <source>vault folder</source>
        <translation>carpeta de la bóveda</translation>
    </message>
    <message>
        <source>read passphrases from standard input</source>
        <translation>leer las frases de contraseña de la entrada estándar</translation>
    </message>
    <message>
        <source>unlock with the recovery key</source>
        <translation>desbloquear con la clave de recuperación</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>archivo de copia de seguridad que se va a escribir</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>archivo de copia de seguridad que se va a restaurar</translation>
    </message>
    <message>
        <source>replace an existing vault</source>
        <translation>reemplazar una bóveda existente</translation>
    </message>
    <message>
        <source>take over a lock left by another computer</source>
        <translation>tomar el control de un bloqueo que dejó otra computadora</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>mostrar esta ayuda</translation>
    </message>
    <message>
        <source>--vault DIR is required</source>
        <translation>hace falta --vault DIR</translation>
    </message>
    <message>
        <source>Created the vault in %1.</source>
        <translation>Se creó la bóveda en %1.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or write it down and keep it apart from this computer):</source>
        <translation>Clave de recuperación (se muestra solo esta vez; imprímala o anótela y guárdela lejos de esta computadora):</translation>
    </message>
    <message>
        <source>Integrity check FAILED:</source>
        <translation>La comprobación de integridad NO PASÓ:</translation>
    </message>
    <message>
        <source>Integrity check passed: every page decrypts and authenticates, and the database structure is sound.</source>
        <translation>La comprobación de integridad pasó: cada página se descifra y se autentica, y la estructura de la base de datos está bien.</translation>
    </message>
    <message>
        <source>backup needs --output FILE</source>
        <translation>backup necesita --output FILE</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad escrita en %1.</translation>
    </message>
    <message>
        <source>restore needs --input FILE</source>
        <translation>restore necesita --input FILE</translation>
    </message>
    <message>
        <source>Recovery key of the backup: </source>
        <translation>Clave de recuperación de la copia de seguridad: </translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Frase de contraseña de la copia de seguridad: </translation>
    </message>
    <message>
        <source>Restored and verified the vault in %1.</source>
        <translation>Se restauró y se verificó la bóveda en %1.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>continuum: no terminal to ask for a passphrase; use --passphrase-stdin</source>
        <translation>continuum: no hay una terminal para pedir la frase de contraseña; use --passphrase-stdin</translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the answers that mean yes to a [y/N] question: lower case, separated by commas, no spaces; the first is the one the question shows</comment>
        <translation>s,si,sí</translation>
    </message>
</context>
<context>
    <name>VoiceText</name>
    <message>
        <source>Session, %1</source>
        <translation>Sesión, %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Contact, %1</source>
        <translation>Contacto, %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Their page</source>
        <translation>La página de la persona</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>continuum::ui::AboutDialog</name>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1 (SQLite %2)</translation>
    </message>
    <message>
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <source>SQLCipher: %1</source>
        <translation>SQLCipher: %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>About Continuum</source>
        <translation>Acerca de Continuum</translation>
    </message>
    <message>
        <source>Continuum %1</source>
        <translation>Continuum %1</translation>
    </message>
    <message>
        <source>Offline records for harm-reduction counselors. Everything stays encrypted on this computer; Continuum never connects to a network.</source>
        <translation>Registros sin conexión para el personal de consejería en reducción de daños. Todo se queda cifrado en esta computadora; Continuum nunca se conecta a una red.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Continuum version: %1</source>
        <translation>Versión de Continuum: %1</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <source>SQLCipher version: %1</source>
        <translation>Versión de SQLCipher: %1</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Versión de Qt: %1</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Continuum is free software: you may share it and change it under the terms of that license. It comes with no warranty.</source>
        <translation>Continuum es software libre: puede compartirlo y modificarlo según los términos de esa licencia. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copies the versions and the license, to paste into a message to IT staff</source>
        <translation>Copia las versiones y la licencia, para pegarlas en un mensaje al personal de informática</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
    <message>
        <source>License: %1 (%2)</source>
        <translation>Licencia: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>continuum::ui::AddendumDialog</name>
    <message>
        <source>Mark as Entered in Error</source>
        <translation>Marcar como registrado por error</translation>
    </message>
    <message>
        <source>Add Addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <source>Why this session was entered in error</source>
        <translation>Por qué esta sesión se registró por error</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>Use this when the session was recorded by mistake, for example under the wrong person. The record stays as it is and says at the top that it was entered in error; it no longer counts as contact, for follow-ups or in trends. The reason becomes a numbered addendum signed with your name and the time.</source>
        <translation>Use esto cuando la sesión se registró por equivocación, por ejemplo con la persona equivocada. El registro queda como está y dice arriba que se registró por error; ya no cuenta como contacto, ni para los seguimientos ni en las tendencias. El motivo se convierte en una adenda numerada, firmada con su nombre y la hora.</translation>
    </message>
    <message>
        <source>The signed note stays as it is. The addendum is numbered, signed with your name and the time, and can never be changed.</source>
        <translation>La nota firmada queda como está. La adenda lleva un número, se firma con su nombre y la hora, y nunca se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Text of the addendum:</source>
        <translation>&amp;Texto de la adenda:</translation>
    </message>
    <message>
        <source>Sign and &amp;Mark</source>
        <translation>&amp;Firmar y marcar</translation>
    </message>
    <message>
        <source>Sign and &amp;Add</source>
        <translation>Firmar y &amp;agregar</translation>
    </message>
    <message>
        <source>Write why this session was entered in error; the reason is kept with the record.</source>
        <translation>Escriba por qué esta sesión se registró por error; el motivo se guarda con el registro.</translation>
    </message>
    <message>
        <source>Write the addendum first; an empty one cannot be added.</source>
        <translation>Primero escriba la adenda; no se puede agregar una vacía.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::AppController</name>
    <message>
        <source>Your name was not saved</source>
        <translation>Su nombre no se guardó</translation>
    </message>
    <message>
        <source>This is the demo. Its passphrase is: %1</source>
        <translation>Esta es la demostración. La frase de contraseña es: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The unlock could not be written to the audit log: %1</source>
        <translation>El desbloqueo no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The restore could not be written to the audit log: %1</source>
        <translation>La restauración no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Recovery key missing</source>
        <translation>Falta la clave de recuperación</translation>
    </message>
    <message>
        <source>This vault&apos;s key file no longer holds its recovery key (it was removed or damaged). The vault opens with your passphrase, but your printed recovery key will not open it. To have a recovery key again, restore the vault from a recent backup, or ask your IT contact to restore the file keyslots.json from one.</source>
        <translation>El archivo de claves de esta bóveda ya no contiene su clave de recuperación (se quitó o se dañó). La bóveda se abre con su frase de contraseña, pero su clave de recuperación impresa no la abrirá. Para volver a tener una clave de recuperación, restaure la bóveda desde una copia de seguridad reciente, o pida a su contacto de informática que restaure desde una copia el archivo keyslots.json.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ArchiveClientDialog</name>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault and can be brought back at any time.</source>
        <translation>¿Archivar a %1? Sus registros se quedan en la bóveda y se pueden reactivar en cualquier momento.</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Motivo para archivar</translation>
    </message>
    <message>
        <source>Optional, a few words, e.g. moved away</source>
        <translation>Opcional, unas pocas palabras, p. ej.: se mudó</translation>
    </message>
    <message>
        <source>The reason is kept in the audit log. Keep it short and leave out names.</source>
        <translation>El motivo se guarda en el registro de auditoría. Que sea breve y sin nombres.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ChangeDialog</name>
    <message>
        <source>Correct a Change They Count</source>
        <translation>Corregir un cambio que la persona valora</translation>
    </message>
    <message>
        <source>The change, in their words</source>
        <translation>El cambio, en sus palabras</translation>
    </message>
    <message>
        <source>When it happened or they noticed it</source>
        <translation>Cuándo ocurrió o cuándo lo notó</translation>
    </message>
    <message>
        <source>&amp;On their printed plan (they want it there)</source>
        <translation>&amp;En su plan impreso (la persona lo quiere ahí)</translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation>Por qué cambió</translation>
    </message>
    <message>
        <source>Needed for new words or a new day: it stays with the record</source>
        <translation>Obligatorio si cambian las palabras o el día: queda con el registro</translation>
    </message>
    <message>
        <source>&amp;Why it changed:</source>
        <translation>&amp;Por qué cambió:</translation>
    </message>
    <message>
        <source>In their &amp;words:</source>
        <translation>En sus pa&amp;labras:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>The earlier wording stays in the record.</source>
        <translation>La redacción anterior queda en el registro.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ChangesPanel</name>
    <message>
        <source>A change they count, in their words</source>
        <translation>Un cambio que la persona valora, en sus palabras</translation>
    </message>
    <message>
        <source>A change they count, as they say it</source>
        <translation>Un cambio que la persona valora, como lo dice</translation>
    </message>
    <message>
        <source>When it happened or they noticed it</source>
        <translation>Cuándo ocurrió o cuándo lo notó</translation>
    </message>
    <message>
        <source>&amp;On their plan</source>
        <translation>En s&amp;u plan</translation>
    </message>
    <message>
        <source>Tick only if they want it on the plan they take home.</source>
        <translation>Márquelo solo si la persona lo quiere en el plan que se lleva a casa.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Changes they count, newest first</source>
        <translation>Cambios que la persona valora, los más recientes primero</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>Put on Pla&amp;n</source>
        <translation>Poner en el pla&amp;n</translation>
    </message>
    <message>
        <source>&amp;Mark Entered in Error…</source>
        <translation>Marcar como registrado por &amp;error…</translation>
    </message>
    <message>
        <source>Show entr&amp;ies in error</source>
        <translation>Mostrar tam&amp;bién los registrados por error</translation>
    </message>
    <message>
        <source>Take off Pla&amp;n</source>
        <translation>Quitar del pla&amp;n</translation>
    </message>
    <message>
        <source>Change Entered in Error</source>
        <translation>Cambio registrado por error</translation>
    </message>
    <message>
        <source>“%1” stays in the record, as it was written, but no longer shows on the timeline or their plan. Say why.</source>
        <translation>“%1” queda en el registro, tal como se escribió, pero ya no aparece en la línea de tiempo ni en su plan. Diga por qué.</translation>
    </message>
    <message>
        <source>A change the&amp;y count:</source>
        <translation>Un cambio que &amp;valora:</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientEditorDialog</name>
    <message>
        <source>New Client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Chosen name</source>
        <translation>Nombre elegido</translation>
    </message>
    <message>
        <source>The name they want to be called</source>
        <translation>El nombre que la persona quiere usar</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ej.: ella, él, elle</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Only if needed; hidden unless asked for</source>
        <translation>Solo si hace falta; queda oculto salvo que se pida</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Código de la agencia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address or where to find them</source>
        <translation>Dirección o dónde encontrar a la persona</translation>
    </message>
    <message>
        <source>Contact details are hidden for this person. They are kept as they are.</source>
        <translation>Los datos de contacto de esta persona están ocultos. Se conservan tal como están.</translation>
    </message>
    <message>
        <source>Housing situation</source>
        <translation>Situación de vivienda</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Housing recorded on</source>
        <translation>Vivienda registrada el</translation>
    </message>
    <message>
        <source>Substances and routes</source>
        <translation>Sustancias y vías</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Recetada</translation>
    </message>
    <message>
        <source>&amp;Add substance</source>
        <translation>&amp;Agregar sustancia</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Hide address and contact details everywhere (safety)</source>
        <translation>&amp;Ocultar en todas partes la dirección y los datos de contacto (seguridad)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>C&amp;hosen name:</source>
        <translation>Nombre &amp;elegido:</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Año de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>A&amp;gency code:</source>
        <translation>Código de la a&amp;gencia:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Hou&amp;sing:</source>
        <translation>&amp;Vivienda:</translation>
    </message>
    <message>
        <source>Substances:</source>
        <translation>Sustancias:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Only the chosen name is needed. Record no more than the person is comfortable with.</source>
        <translation>Solo hace falta el nombre elegido. No registre más de lo que la persona se sienta cómoda compartiendo.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>Lo que escribió aquí no se ha guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Same as the program&apos;s</source>
        <translation>El mismo del programa</translation>
    </message>
    <message>
        <source>The language of the goal summary they take home. Their own words print exactly as they wrote them.</source>
        <translation>El idioma del resumen de metas que la persona se lleva. Sus propias palabras se imprimen tal como las escribió.</translation>
    </message>
    <message>
        <source>Lang&amp;uage for printouts:</source>
        <translation>&amp;Idioma de las impresiones:</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientListModel</name>
    <message>
        <source>[archived]</source>
        <translation>[archivada]</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Active goals</source>
        <translation>Metas activas</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientModeDialog</name>
    <message>
        <source>Your turn</source>
        <translation>Su turno</translation>
    </message>
    <message>
        <source>Your turn, %1</source>
        <translation>Su turno, %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>How important is this to you right now?</source>
        <translation>¿Qué tan importante es esto para usted ahora?</translation>
    </message>
    <message>
        <source>Importance: %1 out of 10</source>
        <translation>Importancia: %1 de 10</translation>
    </message>
    <message>
        <source>How sure are you that you could do it?</source>
        <translation>¿Qué tanto cree que podría hacerlo?</translation>
    </message>
    <message>
        <source>Confidence: %1 out of 10</source>
        <translation>Confianza: %1 de 10</translation>
    </message>
    <message>
        <source>Readiness: %1 out of 10</source>
        <translation>Disposición: %1 de 10</translation>
    </message>
    <message>
        <source>Your goal %1 of %2, in your words</source>
        <translation>Su meta %1 de %2, con sus palabras</translation>
    </message>
    <message>
        <source>Your goal, in your words</source>
        <translation>Su meta, con sus palabras</translation>
    </message>
    <message>
        <source>Why this number and not a lower one?</source>
        <translation>¿Por qué este número y no uno más bajo?</translation>
    </message>
    <message>
        <source>What would it take to move higher?</source>
        <translation>¿Qué haría falta para llegar a un número más alto?</translation>
    </message>
    <message>
        <source>How did today feel to you?</source>
        <translation>¿Cómo se sintió en la charla de hoy?</translation>
    </message>
    <message>
        <source>You can skip these. Your counselor sees your answers, to learn what helps.</source>
        <translation>Puede saltarse estas preguntas. Su consejero/a ve sus respuestas, para aprender qué ayuda.</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Algo</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>En gran parte</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Was I listened to?</source>
        <translation>¿Me escucharon?</translation>
    </message>
    <message>
        <source>Did we work on what matters to me?</source>
        <translation>¿Trabajamos en lo que me importa?</translation>
    </message>
    <message>
        <source>Do I feel more able to make the change?</source>
        <translation>¿Me siento más capaz de hacer el cambio?</translation>
    </message>
    <message>
        <source>Give back to the counselor</source>
        <translation>Devolver el equipo a su consejero/a</translation>
    </message>
    <message>
        <source>Counselor: type your passphrase to go back to your work.</source>
        <translation>Consejero/a: escriba su frase de contraseña para volver a su trabajo.</translation>
    </message>
    <message>
        <source>Counselor&apos;s passphrase</source>
        <translation>Frase de contraseña del consejero/a</translation>
    </message>
    <message>
        <source>Lock Continuum</source>
        <translation>Bloquear Continuum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Your answer was not saved. Please tell your counselor.</source>
        <translation>Su respuesta no se guardó. Por favor, avísele a su consejero/a.</translation>
    </message>
    <message>
        <source>Your answers were not saved. Please tell your counselor.</source>
        <translation>Sus respuestas no se guardaron. Por favor, avísele a su consejero/a.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Esa no es la frase de contraseña.</translation>
    </message>
    <message>
        <source>Done — hand it back to your counselor</source>
        <translation>Listo — devolver el equipo a su consejero/a</translation>
    </message>
    <message>
        <source>0 = not at all important</source>
        <translation>0 = nada importante</translation>
    </message>
    <message>
        <source>10 = very important</source>
        <translation>10 = muy importante</translation>
    </message>
    <message>
        <source>0 = not at all sure</source>
        <translation>0 = no creo poder</translation>
    </message>
    <message>
        <source>10 = very sure</source>
        <translation>10 = sé que puedo</translation>
    </message>
    <message>
        <source>How ready are you to make this change?</source>
        <translation>¿Qué tanto siente que ya es momento de hacer este cambio?</translation>
    </message>
    <message>
        <source>0 = not at all ready</source>
        <translation>0 = todavía no es momento</translation>
    </message>
    <message>
        <source>10 = very ready</source>
        <translation>10 = ya es momento</translation>
    </message>
    <message>
        <source>Thank you, %1. Please hand this back to your counselor.</source>
        <translation>Gracias, %1. Por favor, devuelva el equipo a su consejero/a.</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ClientPage</name>
    <message>
        <source>Contact details are hidden for this person.</source>
        <translation>Los datos de contacto de esta persona están ocultos.</translation>
    </message>
    <message>
        <source>Contact details hidden</source>
        <translation>Datos de contacto ocultos</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>E&amp;ditar perfil…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <source>The client&apos;s goal summary, to take home (%1)</source>
        <translation>El resumen de metas de la persona, para llevar a casa (%1)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>&amp;New Goal…</source>
        <translation>&amp;Nueva meta…</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>How they feel about it, session by session</source>
        <translation>Cómo se siente la persona al respecto, sesión por sesión</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>Registros de sesión</translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Start a new session record (%1)</source>
        <translation>Empezar un nuevo registro de sesión (%1)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Record Con&amp;tact…</source>
        <translation>Registrar con&amp;tacto…</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>Bring &amp;Back</source>
        <translation>Rea&amp;ctivar</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Ar&amp;chivar…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Código de la agencia</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Hide &amp;legal name</source>
        <translation>Ocultar nombre &amp;legal</translation>
    </message>
    <message>
        <source>Show &amp;legal name</source>
        <translation>Mostrar nombre &amp;legal</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (al %2)</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>recetada</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No goals yet. Goals are written in the person&apos;s own words.</source>
        <translation>Todavía no hay metas. Las metas se escriben con las propias palabras de la persona.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goal History</source>
        <translation>Historial de la meta</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;ambios</translation>
    </message>
    <message>
        <source>Readiness rulers over time, as a table, oldest first</source>
        <translation>Escalas de importancia, confianza y disposición en una tabla, de la más antigua a la más reciente</translation>
    </message>
</context>
<context>
    <name>continuum::ui::CodePage</name>
    <message>
        <source>Record Con&amp;tact…</source>
        <translation>Registrar con&amp;tacto…</translation>
    </message>
    <message>
        <source>Record a contact with this code</source>
        <translation>Registrar un contacto con este código</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>Correct the selected contact</source>
        <translation>Corregir el contacto seleccionado</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>No counted contacts with this code.</source>
        <translation>No hay contactos contados con este código.</translation>
    </message>
    <message>
        <source>One contact, on %1.</source>
        <translation>Un contacto, el %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n contacto, del %1 al %2.</numerusform>
            <numerusform>%n contactos, del %1 al %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactEditorDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Record Contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>Correct Contact</source>
        <translation>Corregir contacto</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>Con &amp;quién:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The code your agency uses; no name</source>
        <translation>El código que usa su agencia; sin nombre</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Type their chosen name</source>
        <translation>Escriba el nombre elegido de la persona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cl&amp;ient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How &amp;long:</source>
        <translation>Cuánto &amp;tiempo:</translation>
    </message>
    <message>
        <source>Supplies given</source>
        <translation>Suministros entregados</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Overdose reversal medication (naloxone)</source>
        <translation>Medicamento para revertir sobredosis (naloxona)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <source>Single doses</source>
        <translation>Dosis sueltas</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>Shown how to use it</source>
        <translation>Se le enseñó a usarla</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Kits:</source>
        <translation>&amp;Kits:</translation>
    </message>
    <message>
        <source>Single &amp;doses:</source>
        <translation>Dosis &amp;sueltas:</translation>
    </message>
    <message>
        <source>Sh&amp;own how to use it:</source>
        <translation>Se le enseñó a &amp;usarla:</translation>
    </message>
    <message>
        <source>Dr&amp;ug check</source>
        <translation>Anál&amp;isis de sustancias</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>What they expected</source>
        <translation>Lo que esperaba la persona</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Lo que &amp;esperaba:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Their plan, in their words</source>
        <translation>Su plan, en sus palabras</translation>
    </message>
    <message>
        <source>Pl&amp;an (their words):</source>
        <translation>Pl&amp;an (sus palabras):</translation>
    </message>
    <message>
        <source>Use less</source>
        <translation>Usar menos</translation>
    </message>
    <message>
        <source>Use with someone</source>
        <translation>Usar con alguien</translation>
    </message>
    <message>
        <source>Keep naloxone near</source>
        <translation>Tener naloxona a mano</translation>
    </message>
    <message>
        <source>Not use it</source>
        <translation>No usar esa sustancia</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ningún cambio</translation>
    </message>
    <message>
        <source>An o&amp;verdose they told about (never required)</source>
        <translation>Una so&amp;bredosis que contó la persona (nunca es obligatorio)</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>De quién:</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Naloxone doses used</source>
        <translation>Dosis de naloxona usadas</translation>
    </message>
    <message>
        <source>Naloxone doses used:</source>
        <translation>Dosis de naloxona usadas:</translation>
    </message>
    <message>
        <source>911 called</source>
        <translation>Se llamó al 911</translation>
    </message>
    <message>
        <source>911 called:</source>
        <translation>Se llamó al 911:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Desenlace:</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Referidos hechos</translation>
    </message>
    <message>
        <source>&amp;Referrals made (Space ticks one):</source>
        <translation>Re&amp;feridos hechos (la barra espaciadora marca uno):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No&amp;te (optional):</source>
        <translation>N&amp;ota (opcional):</translation>
    </message>
    <message>
        <source>An anonymous contact keeps no note, so nothing in it can point to a person.</source>
        <translation>Un contacto anónimo no guarda ninguna nota, para que nada de lo escrito pueda señalar a una persona.</translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Needed: it stays with the record</source>
        <translation>Obligatorio: queda con el registro</translation>
    </message>
    <message>
        <source>Wh&amp;y it changed:</source>
        <translation>Moti&amp;vo del cambio:</translation>
    </message>
    <message>
        <source>Save Correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message numerus="yes">
        <source>= %n dose(s)</source>
        <translation>
            <numerusform>= %n dosis</numerusform>
            <numerusform>= %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A kit of this product holds %n dose(s)</source>
        <translation>
            <numerusform>Un kit de este producto trae %n dosis</numerusform>
            <numerusform>Un kit de este producto trae %n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the person&apos;s chosen name and choose them from the list, or record the contact as coded or anonymous.</source>
        <translation>Escriba el nombre elegido de la persona y elíjalo en la lista, o registre el contacto con código o como anónimo.</translation>
    </message>
    <message>
        <source>No one on your caseload is called “%1”. Choose a name from the list, or record the contact as coded or anonymous.</source>
        <translation>Nadie en su lista de casos se llama “%1”. Elija un nombre de la lista, o registre el contacto con código o como anónimo.</translation>
    </message>
    <message>
        <source>Say why it changed: the reason stays with the record, next to what it said before.</source>
        <translation>Diga por qué cambió: el motivo queda con el registro, junto a lo que decía antes.</translation>
    </message>
    <message>
        <source>Discard this contact?</source>
        <translation>¿Descartar este contacto?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>Lo que escribió aquí no se ha guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>A change they count, in their words</source>
        <translation>Un cambio que la persona valora, en sus palabras</translation>
    </message>
    <message>
        <source>For a known person only: as they say it</source>
        <translation>Solo para un cliente conocido: como lo dice</translation>
    </message>
    <message>
        <source>A chan&amp;ge they count (optional):</source>
        <translation>Un cambio que &amp;valora (opcional):</translation>
    </message>
    <message>
        <source>A change they count is kept in a known person&apos;s record. Choose the person, or clear the change.</source>
        <translation>Un cambio que la persona valora se guarda en la ficha de un cliente conocido. Elija a la persona o borre el cambio.</translation>
    </message>
    <message>
        <source>The contact is saved, but the change they count is not: %1</source>
        <translation>El contacto se guardó, pero el cambio que la persona valora no: %1</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactHistoryList</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Suministros</translation>
    </message>
    <message>
        <source>Naloxone doses</source>
        <translation>Dosis de naloxona</translation>
    </message>
    <message>
        <source>Drug checks</source>
        <translation>Análisis de sustancias</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>%1 (entered in error)</source>
        <translation>%1 (registrado por error)</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactListModel</name>
    <message>
        <source>%1 (entered in error)</source>
        <translation>%1 (registrado por error)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Suministros</translation>
    </message>
    <message>
        <source>Naloxone doses</source>
        <translation>Dosis de naloxona</translation>
    </message>
    <message>
        <source>Drug checks</source>
        <translation>Análisis de sustancias</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactListsDialog</name>
    <message>
        <source>Supplies given</source>
        <translation>Suministros entregados</translation>
    </message>
    <message>
        <source>Overdose reversal medications (naloxone)</source>
        <translation>Medicamentos para revertir sobredosis (naloxona)</translation>
    </message>
    <message>
        <source>Drug checking methods</source>
        <translation>Métodos de análisis de sustancias</translation>
    </message>
    <message>
        <source>Referral types</source>
        <translation>Tipos de referido</translation>
    </message>
    <message>
        <source>Lists for Contacts</source>
        <translation>Listas para contactos</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Items of the list, in the order they are offered</source>
        <translation>Elementos de la lista, en el orden en que se ofrecen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Doses per &amp;Kit…</source>
        <translation>&amp;Dosis por kit…</translation>
    </message>
    <message>
        <source>Renaming changes what new contacts show; contacts already recorded keep the name they were recorded with. A retired item is no longer offered for new contacts.</source>
        <translation>Cambiar el nombre cambia lo que muestran los contactos nuevos; los contactos ya registrados conservan el nombre con el que se registraron. Un elemento retirado ya no se ofrece para contactos nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n dose(s) a kit</source>
        <translation>
            <numerusform>%1 — %n dosis por kit</numerusform>
            <numerusform>%1 — %n dosis por kit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (ya no se ofrece)</translation>
    </message>
    <message>
        <source>&amp;Offer Again</source>
        <translation>&amp;Ofrecer de nuevo</translation>
    </message>
    <message>
        <source>Name, as it will show when recording a contact:</source>
        <translation>Nombre, tal como se verá al registrar un contacto:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Agregar a %1</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de “%1”</translation>
    </message>
    <message>
        <source>Doses per Kit</source>
        <translation>Dosis por kit</translation>
    </message>
    <message>
        <source>How many doses a kit of “%1” holds. Contacts already recorded keep the number they were recorded with.</source>
        <translation>Cuántas dosis trae un kit de “%1”. Los contactos ya registrados conservan el número con el que se registraron.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ContactsView</name>
    <message>
        <source>&lt;h2&gt;Contacts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Contactos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Con código</translation>
    </message>
    <message>
        <source>Known clients</source>
        <translation>Clientes conocidos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Nalo&amp;xone</source>
        <translation>Nalo&amp;xona</translation>
    </message>
    <message>
        <source>Dr&amp;ug check</source>
        <translation>Anál&amp;isis de sustancias</translation>
    </message>
    <message>
        <source>O&amp;verdose told about</source>
        <translation>So&amp;bredosis contada</translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation>Re&amp;ferido</translation>
    </message>
    <message>
        <source>Code contains</source>
        <translation>El código contiene</translation>
    </message>
    <message>
        <source>Code contains…</source>
        <translation>El código contiene…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contacts in this period with these filters.</source>
        <translation>No hay contactos en este período con estos filtros.</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>&amp;Mark as Entered in Error…</source>
        <translation>&amp;Marcar como registrado por error…</translation>
    </message>
    <message>
        <source>Open Code&apos;s Pa&amp;ge</source>
        <translation>Abrir la pá&amp;gina del código</translation>
    </message>
    <message>
        <source>Open Code&apos;s Page</source>
        <translation>Abrir la página del código</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation>Con &amp;quién:</translation>
    </message>
    <message>
        <source>Mark as Entered in Error</source>
        <translation>Marcar como registrado por error</translation>
    </message>
    <message>
        <source>This contact will stay in the record but no longer count. Why was it entered in error?</source>
        <translation>Este contacto se queda en el registro, pero ya no cuenta. ¿Por qué se registró por error?</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Marcar</translation>
    </message>
</context>
<context>
    <name>continuum::ui::CreateVaultWizard</name>
    <message>
        <source>Set up Continuum</source>
        <translation>Configurar Continuum</translation>
    </message>
    <message>
        <source>&amp;Start using Continuum</source>
        <translation>&amp;Empezar a usar Continuum</translation>
    </message>
    <message>
        <source>Leave setup?</source>
        <translation>¿Salir de la configuración?</translation>
    </message>
    <message>
        <source>The vault has been created, but the recovery key is shown only here. If you leave now and later forget your passphrase, your records cannot be recovered.</source>
        <translation>La bóveda ya se creó, pero la clave de recuperación solo se muestra aquí. Si sale ahora y más tarde olvida su frase de contraseña, sus registros no se podrán recuperar.</translation>
    </message>
    <message>
        <source>&amp;Leave without the key</source>
        <translation>&amp;Salir sin la clave</translation>
    </message>
</context>
<context>
    <name>continuum::ui::GoalEditorDialog</name>
    <message>
        <source>New Goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Revise Goal</source>
        <translation>Revisar meta</translation>
    </message>
    <message>
        <source>What they want, in their own words</source>
        <translation>Lo que la persona quiere, con sus propias palabras</translation>
    </message>
    <message>
        <source>Write it the way they said it.</source>
        <translation>Escríbalo tal como lo dijo.</translation>
    </message>
    <message>
        <source>Why it matters to them</source>
        <translation>Por qué le importa</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Where they place this goal on the continuum</source>
        <translation>Dónde ubica la persona esta meta en el continuo</translation>
    </message>
    <message>
        <source>Next steps, one per line</source>
        <translation>Próximos pasos, uno por línea</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <source>If it gets hard</source>
        <translation>Si se pone difícil</translation>
    </message>
    <message>
        <source>Counselor&apos;s framing</source>
        <translation>Encuadre profesional</translation>
    </message>
    <message>
        <source>Optional: your own clinical framing, kept secondary</source>
        <translation>Opcional: su propio encuadre clínico, siempre en segundo lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason, in their words</source>
        <translation>Motivo, en sus palabras</translation>
    </message>
    <message>
        <source>Their reason, in their words</source>
        <translation>El motivo de la persona, en sus palabras</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>What I &amp;want:</source>
        <translation>Lo que &amp;quiero:</translation>
    </message>
    <message>
        <source>&amp;Why it matters to me:</source>
        <translation>Por qué me &amp;importa:</translation>
    </message>
    <message>
        <source>Life &amp;area:</source>
        <translation>Á&amp;rea de la vida:</translation>
    </message>
    <message>
        <source>On the continuum:</source>
        <translation>En el continuo:</translation>
    </message>
    <message>
        <source>My next &amp;steps:</source>
        <translation>Mis próximos &amp;pasos:</translation>
    </message>
    <message>
        <source>Who can &amp;help:</source>
        <translation>Quién me puede a&amp;yudar:</translation>
    </message>
    <message>
        <source>If it gets &amp;hard:</source>
        <translation>Si se pone &amp;difícil:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>&amp;Encuadre:</translation>
    </message>
    <message>
        <source>This revision</source>
        <translation>Esta revisión</translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation>Por qué cambió</translation>
    </message>
    <message>
        <source>Why it &amp;changed:</source>
        <translation>Por qué &amp;cambió:</translation>
    </message>
    <message>
        <source>Did they agree to this change?</source>
        <translation>¿La persona estuvo de acuerdo con este cambio?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>Not talked a&amp;bout</source>
        <translation>No se &amp;habló de eso</translation>
    </message>
    <message>
        <source>Did they agree? (needed)</source>
        <translation>¿Estuvo de acuerdo? (obligatorio)</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>Lo que escribió aquí no se ha guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Why it &amp;changed (needed):</source>
        <translation>Por qué &amp;cambió (obligatorio):</translation>
    </message>
    <message>
        <source>Needed when the goal moves along the continuum</source>
        <translation>Obligatorio cuando la meta se mueve en el continuo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>continuum::ui::GoalEntryEditor</name>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Change talk</source>
        <translation>Discurso de cambio</translation>
    </message>
    <message>
        <source>Sustain talk</source>
        <translation>Discurso de mantenimiento</translation>
    </message>
    <message>
        <source>Stage of change, as observed today</source>
        <translation>Etapa de cambio, según lo observado hoy</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>They described a return to use (part of the cycle)</source>
        <translation>Describió que volvió a usar (es parte del ciclo)</translation>
    </message>
    <message>
        <source>Add &amp;change talk</source>
        <translation>Agregar discurso de &amp;cambio</translation>
    </message>
    <message>
        <source>Add s&amp;ustain talk</source>
        <translation>Agregar discurso de &amp;mantenimiento</translation>
    </message>
    <message>
        <source>Re&amp;vise this goal…</source>
        <translation>Re&amp;visar esta meta…</translation>
    </message>
    <message>
        <source>Remove from this session</source>
        <translation>Quitar de esta sesión</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>In their words (change and sustain talk):</source>
        <translation>En sus palabras (discurso de cambio y de mantenimiento):</translation>
    </message>
    <message>
        <source>Change or sustain talk</source>
        <translation>Discurso de cambio o de mantenimiento</translation>
    </message>
    <message>
        <source>DARN-CAT category</source>
        <translation>Categoría DARN-CAT</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Exactly as they said it</source>
        <translation>Exactamente como lo dijo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>not at all important</source>
        <translation>nada importante</translation>
    </message>
    <message>
        <source>very important</source>
        <translation>muy importante</translation>
    </message>
    <message>
        <source>not at all confident</source>
        <translation>nada de confianza</translation>
    </message>
    <message>
        <source>very confident</source>
        <translation>mucha confianza</translation>
    </message>
    <message>
        <source>not at all ready</source>
        <translation>nada de disposición</translation>
    </message>
    <message>
        <source>very ready</source>
        <translation>mucha disposición</translation>
    </message>
</context>
<context>
    <name>continuum::ui::GoalHistoryDialog</name>
    <message>
        <source>Goal History</source>
        <translation>Historial de la meta</translation>
    </message>
    <message>
        <source>Revisions of this goal</source>
        <translation>Revisiones de esta meta</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>As first written</source>
        <translation>Como se escribió al principio</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>they agreed</source>
        <translation>estuvo de acuerdo</translation>
    </message>
    <message>
        <source>they did not agree</source>
        <translation>no estuvo de acuerdo</translation>
    </message>
    <message>
        <source>agreement not talked about</source>
        <translation>no se habló de si estaba de acuerdo</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>por qué: %1</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderChart</name>
    <message>
        <source>Where they marked themselves on their steps, drawn over time</source>
        <translation>Dónde se marcó la persona en sus pasos, a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No steps set yet.</source>
        <translation>Todavía no hay pasos definidos.</translation>
    </message>
    <message>
        <source>No marks yet.</source>
        <translation>Todavía no hay marcas.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) set; no marks yet.</source>
        <translation>
            <numerusform>%n paso definido; todavía sin marcas.</numerusform>
            <numerusform>%n pasos definidos; todavía sin marcas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s), from %1 to %2. The latest, on %3: %4, “%5”.</source>
        <translation>
            <numerusform>%n marca, del %1 al %2. La última, el %3: %4, “%5”.</numerusform>
            <numerusform>%n marcas, del %1 al %2. La última, el %3: %4, “%5”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderMarkDialog</name>
    <message>
        <source>Where They Are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Which step are they on now, as they see it?</source>
        <translation>¿En qué paso está ahora, según la persona?</translation>
    </message>
    <message>
        <source>Their steps, first step first</source>
        <translation>Sus pasos, del primero al último</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>Day of the mark</source>
        <translation>Día de la marca</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderMarkModel</name>
    <message>
        <source>%1 (entered in error)</source>
        <translation>%1 (registrado por error)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation>Registrado por error: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>The step, in their words</source>
        <translation>El paso, en sus palabras</translation>
    </message>
    <message>
        <source>Added in</source>
        <translation>Agregado en</translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderPanel</name>
    <message>
        <source>The goal whose steps are shown</source>
        <translation>La meta cuyos pasos se muestran</translation>
    </message>
    <message>
        <source>&amp;Which goal:</source>
        <translation>&amp;Qué meta:</translation>
    </message>
    <message>
        <source>Set S&amp;teps…</source>
        <translation>De&amp;finir pasos…</translation>
    </message>
    <message>
        <source>Mar&amp;k Where They Are…</source>
        <translation>Marcar dónde es&amp;tá…</translation>
    </message>
    <message>
        <source>Their steps, first step first</source>
        <translation>Sus pasos, del primero al último</translation>
    </message>
    <message>
        <source>Where they marked themselves, as a table, oldest first</source>
        <translation>Dónde se marcó la persona, como tabla, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Mark Entered in Error…</source>
        <translation>Marcar como registrado por error…</translation>
    </message>
    <message>
        <source>No goals yet. Steps belong to one of their goals.</source>
        <translation>Todavía no hay metas. Los pasos son parte de una de sus metas.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No steps yet. Set Steps writes them down in their words.</source>
        <translation>Todavía no hay pasos. Definir pasos los anota con sus palabras.</translation>
    </message>
    <message>
        <source>Mark Entered in Error</source>
        <translation>Marcar como registrado por error</translation>
    </message>
    <message>
        <source>The mark of %1 (%2) stays in the record but is no longer drawn. Say why.</source>
        <translation>La marca del %1 (%2) queda en el registro, pero ya no se dibuja. Diga por qué.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::LadderStepsDialog</name>
    <message>
        <source>Their Steps</source>
        <translation>Sus pasos</translation>
    </message>
    <message>
        <source>The small steps they choose toward “%1”, in their own words: one step per line, the first step first. They can change them any time; the earlier steps stay in the record.</source>
        <translation>Los pequeños pasos que la persona elige hacia “%1”, con sus propias palabras: un paso por línea, el primero arriba. Puede cambiarlos cuando quiera; los pasos anteriores quedan en el registro.</translation>
    </message>
    <message>
        <source>Their steps, one per line, first step first</source>
        <translation>Sus pasos, uno por línea, el primero arriba</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>Why the steps changed (optional)</source>
        <translation>Por qué cambiaron los pasos (opcional)</translation>
    </message>
    <message>
        <source>&amp;Why they changed (optional):</source>
        <translation>P&amp;or qué cambiaron (opcional):</translation>
    </message>
</context>
<context>
    <name>continuum::ui::LockShortcut</name>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>continuum::ui::MainWindow</name>
    <message>
        <source>Continuum</source>
        <translation>Continuum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Record Con&amp;tact…</source>
        <translation>Registrar con&amp;tacto…</translation>
    </message>
    <message>
        <source>Record a harm-reduction contact: anonymous, coded or with a client (%1)</source>
        <translation>Registrar un contacto de reducción de daños: anónimo, con código o con un cliente (%1)</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>Hacer una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Print Goal Summary…</source>
        <translation>&amp;Imprimir resumen de metas…</translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation>Info&amp;rmes…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>R&amp;estaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Check Vault Integrity</source>
        <translation>Comprobar la inte&amp;gridad de la bóveda</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Continuum</source>
        <translation>&amp;Acerca de Continuum</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Find by name or code (Ctrl+F)</source>
        <translation>Buscar por nombre o código (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Also legal &amp;names</source>
        <translation>También nombres le&amp;gales</translation>
    </message>
    <message>
        <source>Which clients</source>
        <translation>Qué clientes</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuales</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>No one is on your caseload yet.

Add the first person you work with: %1 ▸ %2 (%3). Only the name they choose is needed.</source>
        <translation>Todavía no hay nadie en su lista de casos.

Agregue a la primera persona con quien trabaja: %1 ▸ %2 (%3). Solo hace falta el nombre que la persona elija.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Nadie coincide con “%1”.</translation>
    </message>
    <message>
        <source>Legal names are searched only when “%1” is ticked.</source>
        <translation>Los nombres legales solo se buscan cuando “%1” está marcado.</translation>
    </message>
    <message>
        <source>Only “%1” is searched; choose “%2” to search everyone.</source>
        <translation>Solo se busca en “%1”; elija “%2” para buscar entre todos.</translation>
    </message>
    <message>
        <source>No one under “%1”. Choose “%2” to see everyone.</source>
        <translation>No hay nadie en “%1”. Elija “%2” para ver a todos.</translation>
    </message>
    <message>
        <source>Not backed up yet</source>
        <translation>Todavía sin copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago: time for a new one</source>
        <translation>
            <numerusform>Última copia de seguridad hace %n día: es hora de hacer otra</numerusform>
            <numerusform>Última copia de seguridad hace %n días: es hora de hacer otra</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>continuum-backup-%1.continuum-backup</source>
        <translation>continuum-copia-%1.continuum-backup</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Hacer una copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Continuum backups (*.continuum-backup)</source>
        <translation>Copias de seguridad de Continuum (*.continuum-backup)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Copia de seguridad terminada</translation>
    </message>
    <message>
        <source>The backup was written to %1. It is encrypted like the vault and opens with the same passphrase or recovery key.</source>
        <translation>La copia de seguridad se escribió en %1. Está cifrada como la bóveda y se abre con la misma frase de contraseña o clave de recuperación.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Revisando cada página de la bóveda…</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Comprobación de integridad</translation>
    </message>
    <message>
        <source>The vault is sound: every page decrypts and is unchanged.</source>
        <translation>La bóveda está en buen estado: cada página se descifra y no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>The vault has damage in %n place(s). Keep working only after restoring your latest backup.</source>
        <translation>
            <numerusform>La bóveda tiene daños en %n lugar. Siga trabajando solo después de restaurar su copia de seguridad más reciente.</numerusform>
            <numerusform>La bóveda tiene daños en %n lugares. Siga trabajando solo después de restaurar su copia de seguridad más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source>My &amp;Practice</source>
        <translation>Mi &amp;práctica</translation>
    </message>
    <message>
        <source>Demo (nothing here is real)</source>
        <translation>Demostración (nada de esto es real)</translation>
    </message>
</context>
<context>
    <name>continuum::ui::NewPassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>You unlocked Continuum with the recovery key. Choose a new passphrase now; the old one stops working. Your recovery key stays the same.</source>
        <translation>Desbloqueó Continuum con la clave de recuperación. Elija ahora una nueva frase de contraseña; la anterior deja de funcionar. Su clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Your records are not re-encrypted; only the key that opens them is sealed again with the new passphrase. The recovery key stays the same.</source>
        <translation>Sus registros no se vuelven a cifrar; solo la clave que los abre se vuelve a sellar con la nueva frase de contraseña. La clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;Save passphrase</source>
        <translation>&amp;Guardar frase de contraseña</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Four or more unrelated words are strong and easy to remember.</source>
        <translation>
            <numerusform>Al menos %n carácter. Cuatro o más palabras sin relación entre sí son seguras y fáciles de recordar.</numerusform>
            <numerusform>Al menos %n caracteres. Cuatro o más palabras sin relación entre sí son seguras y fáciles de recordar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: add %n more character(s). Four or more unrelated words are strong and easy to remember.</source>
        <translation>
            <numerusform>Demasiado corta: agregue %n carácter más. Cuatro o más palabras sin relación entre sí son seguras y fáciles de recordar.</numerusform>
            <numerusform>Demasiado corta: agregue %n caracteres más. Cuatro o más palabras sin relación entre sí son seguras y fáciles de recordar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Débil: fácil de adivinar. Agregue más palabras.</translation>
    </message>
    <message>
        <source>Fair. One or two more words would make it strong.</source>
        <translation>Aceptable. Con una o dos palabras más sería segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation>Las dos entradas coinciden.</translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation>Las dos entradas todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PositiveChangeModel</name>
    <message>
        <source>On their plan</source>
        <translation>En su plan</translation>
    </message>
    <message>
        <source>%1 (entered in error)</source>
        <translation>%1 (registrado por error)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation>Registrado por error: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Added in</source>
        <translation>Agregado en</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PracticeChart</name>
    <message>
        <source>%1 over time</source>
        <translation>%1 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The manual&apos;s suggested thresholds, based on expert opinion: %1.</source>
        <translation>Los umbrales que sugiere el manual, basados en la opinión de personas expertas: %1.</translation>
    </message>
    <message>
        <source>No coded recordings yet.</source>
        <translation>Todavía no hay grabaciones codificadas.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>good (expert opinion)</source>
        <translation>bueno (opinión de personas expertas)</translation>
    </message>
    <message>
        <source>fair (expert opinion)</source>
        <translation>aceptable (opinión de personas expertas)</translation>
    </message>
    <message>
        <source>No coded recordings yet</source>
        <translation>Todavía no hay grabaciones codificadas</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PracticeTableModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>%1: no recording coded</source>
        <translation>%1: no se codificó ninguna grabación</translation>
    </message>
    <message>
        <source>%1: %2, %3 (the manual&apos;s suggested thresholds, based on expert opinion: %4)</source>
        <translation>%1: %2, %3 (los umbrales que sugiere el manual, basados en la opinión de personas expertas: %4)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Draft session of %1</source>
        <translation>Borrador de la sesión del %1</translation>
    </message>
    <message>
        <source>MI-adherent: %1</source>
        <translation>Adherente a la EM: %1</translation>
    </message>
    <message>
        <source>MI-adherent: no recording coded</source>
        <translation>Adherente a la EM: no se codificó ninguna grabación</translation>
    </message>
    <message>
        <source>MI-non-adherent: %1</source>
        <translation>No adherente a la EM: %1</translation>
    </message>
    <message>
        <source>MI-non-adherent: no recording coded</source>
        <translation>No adherente a la EM: no se codificó ninguna grabación</translation>
    </message>
    <message>
        <source>MIA:STEP items rated: %1 of %2 (%3 MI-consistent, %4 MI-inconsistent)</source>
        <translation>Elementos de MIA:STEP calificados: %1 de %2 (%3 coherentes con la EM, %4 no coherentes con la EM)</translation>
    </message>
    <message>
        <source>MI-consistent behaviours: mean how much %1, mean how well %2</source>
        <translation>Conductas coherentes con la EM: promedio de cuánto %1, promedio de qué tan bien %2</translation>
    </message>
    <message>
        <source>MI-inconsistent behaviours: mean how much %1</source>
        <translation>Conductas no coherentes con la EM: promedio de cuánto %1</translation>
    </message>
    <message>
        <source>The person did not rate this session</source>
        <translation>La persona no calificó esta sesión</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>The person&apos;s rating: %1</source>
        <translation>La calificación de la persona: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Relational: mean of Partnership and Empathy</source>
        <translation>Relacional: promedio de Colaboración y Empatía</translation>
    </message>
    <message>
        <source>Relational</source>
        <translation>Relacional</translation>
    </message>
    <message>
        <source>Technical: mean of Cultivating change talk and Softening sustain talk</source>
        <translation>Técnico: promedio de Cultivar el discurso de cambio y Suavizar el discurso de mantenimiento</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Complex reflections as a share of all reflections</source>
        <translation>Reflejos complejos como parte de todos los reflejos</translation>
    </message>
    <message>
        <source>% complex</source>
        <translation>% complejos</translation>
    </message>
    <message>
        <source>Reflections for each question</source>
        <translation>Reflejos por cada pregunta</translation>
    </message>
    <message>
        <source>R : Q</source>
        <translation>R : P</translation>
    </message>
    <message>
        <source>MI-adherent: Seeking collaboration + Affirm + Emphasizing autonomy</source>
        <translation>Adherente a la EM: Buscar colaboración + Afirmar + Enfatizar la autonomía</translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation>Adherente</translation>
    </message>
    <message>
        <source>MI-non-adherent: Confront + Persuade</source>
        <translation>No adherente a la EM: Confrontar + Persuadir</translation>
    </message>
    <message>
        <source>Non-adherent</source>
        <translation>No adherente</translation>
    </message>
    <message>
        <source>MIA:STEP items you rated</source>
        <translation>Elementos de MIA:STEP que usted calificó</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Calificados</translation>
    </message>
    <message>
        <source>MI-consistent behaviours: mean how much / mean how well</source>
        <translation>Conductas coherentes con la EM: promedio de cuánto / promedio de qué tan bien</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Coherentes</translation>
    </message>
    <message>
        <source>MI-inconsistent behaviours: mean how much</source>
        <translation>Conductas no coherentes con la EM: promedio de cuánto</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>No coherentes</translation>
    </message>
    <message>
        <source>The person&apos;s own rating: listened · worked on what matters · more able</source>
        <translation>La calificación de la propia persona: me escucharon · trabajamos en lo que me importa · más capaz</translation>
    </message>
    <message>
        <source>Person&apos;s rating</source>
        <translation>Calificación de la persona</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PracticeView</name>
    <message>
        <source>My practice</source>
        <translation>Mi práctica</translation>
    </message>
    <message>
        <source>Reviewed sessions</source>
        <translation>Sesiones revisadas</translation>
    </message>
    <message>
        <source>You have not reviewed a session yet. In a session&apos;s window, choose “Review My Practice…”: every rating there is optional.</source>
        <translation>Todavía no ha revisado ninguna sesión. En la ventana de una sesión, elija “Revisar mi práctica…”: todas las calificaciones son opcionales.</translation>
    </message>
    <message>
        <source>&amp;Open Review…</source>
        <translation>&amp;Abrir revisión…</translation>
    </message>
    <message>
        <source>Each point is a session where you coded a recording with the MITI 4.2.1. Dashed lines: </source>
        <translation>Cada punto es una sesión en la que usted codificó una grabación con el MITI 4.2.1. Líneas discontinuas: </translation>
    </message>
    <message>
        <source> The same values are in the table under “Reviewed sessions”.</source>
        <translation> Los mismos valores están en la tabla de “Sesiones revisadas”.</translation>
    </message>
    <message>
        <source>What I want to &amp;work on in my practice:</source>
        <translation>Lo que quiero trabajar en mi prá&amp;ctica:</translation>
    </message>
    <message>
        <source>My skills plan</source>
        <translation>Mi plan de habilidades</translation>
    </message>
    <message>
        <source>&amp;Review my practice again on</source>
        <translation>V&amp;olver a revisar mi práctica el</translation>
    </message>
    <message>
        <source>Date of my next practice review</source>
        <translation>Fecha de mi próxima revisión de práctica</translation>
    </message>
    <message>
        <source>&amp;Save Plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Todavía no se guardó.</translation>
    </message>
    <message>
        <source>Reviewed &amp;sessions</source>
        <translation>&amp;Sesiones revisadas</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <source>Skills &amp;plan</source>
        <translation>&amp;Plan de habilidades</translation>
    </message>
    <message>
        <source>Your practice review is due: you set it for %1.</source>
        <translation>Le toca revisar su práctica: lo fijó para el %1.</translation>
    </message>
    <message>
        <source>Next review of your practice: %1.</source>
        <translation>Próxima revisión de su práctica: %1.</translation>
    </message>
    <message>
        <source>No next review set. You can set one in the skills plan.</source>
        <translation>No hay próxima revisión fijada. Puede fijar una en el plan de habilidades.</translation>
    </message>
    <message>
        <source>Version %1, saved %2.</source>
        <translation>Versión %1, guardada el %2.</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <source>review on %1</source>
        <translation>revisión el %1</translation>
    </message>
    <message>
        <source>(no plan written)</source>
        <translation>(sin plan escrito)</translation>
    </message>
    <message>
        <source>Every &amp;version of the plan, newest first:</source>
        <translation>Todas las versiones del plan, la más &amp;reciente primero:</translation>
    </message>
    <message>
        <source>Every version of my skills plan, newest first</source>
        <translation>Todas las versiones de mi plan de habilidades, la más reciente primero</translation>
    </message>
    <message>
        <source>MITI scores show only for sessions where you coded a recording; “—” means not computable (nothing to divide by, or a value not coded). Person&apos;s rating: listened · worked on what matters · more able, each 1 to 5.</source>
        <translation>Las puntuaciones del MITI solo aparecen en las sesiones en las que usted codificó una grabación; “—” significa que no se puede calcular (no hay entre qué dividir, o falta un valor codificado). Calificación de la persona: me escucharon · trabajamos en lo que me importa · más capaz, cada una de 1 a 5.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Nunca (no se recomienda)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size, in percent of the system&apos;s</source>
        <translation>Tamaño del texto, en porcentaje del tamaño del sistema</translation>
    </message>
    <message>
        <source>No one — an anonymous tally</source>
        <translation>Nadie — un recuento anónimo</translation>
    </message>
    <message>
        <source>A code</source>
        <translation>Un código</translation>
    </message>
    <message>
        <source>A client</source>
        <translation>Un cliente</translation>
    </message>
    <message>
        <source>Counts to hide in reports: from 1 to</source>
        <translation>Recuentos que se ocultan en los informes: de 1 a</translation>
    </message>
    <message>
        <source>Edit L&amp;ists…</source>
        <translation>Editar &amp;listas…</translation>
    </message>
    <message>
        <source>Supplies, naloxone products, drug checking methods and referral types</source>
        <translation>Suministros, productos de naloxona, métodos de análisis de sustancias y tipos de referido</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Credenciales:</translation>
    </message>
    <message>
        <source>Agency (printed on summaries when set)</source>
        <translation>Agencia (se imprime en los resúmenes si se completa)</translation>
    </message>
    <message>
        <source>A&amp;gency name:</source>
        <translation>Nombre de la a&amp;gencia:</translation>
    </message>
    <message>
        <source>Agency c&amp;ontact:</source>
        <translation>C&amp;ontacto de la agencia:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>&amp;Lock after idle for:</source>
        <translation>&amp;Bloquear si no se usa durante:</translation>
    </message>
    <message>
        <source>Default note &amp;format:</source>
        <translation>&amp;Formato de nota predeterminado:</translation>
    </message>
    <message>
        <source>Lan&amp;guage (after restart):</source>
        <translation>&amp;Idioma (al reiniciar):</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Colo&amp;res:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tamaño del &amp;texto:</translation>
    </message>
    <message>
        <source>Contacts and reports</source>
        <translation>Contactos e informes</translation>
    </message>
    <message>
        <source>A new contact is recorded &amp;with:</source>
        <translation>Un contacto n&amp;uevo se registra con:</translation>
    </message>
    <message>
        <source>No one is the usual choice: it collects the least. You can still choose for each contact.</source>
        <translation>Nadie es la opción habitual: es la que menos datos recoge. Igual puede elegir en cada contacto.</translation>
    </message>
    <message>
        <source>from 1 to</source>
        <translation>de 1 a</translation>
    </message>
    <message>
        <source>Counts to &amp;hide in reports:</source>
        <translation>R&amp;ecuentos que se ocultan en los informes:</translation>
    </message>
    <message>
        <source>What a contact can record, in the agency&apos;s words:</source>
        <translation>Lo que un contacto puede registrar, con las palabras de la agencia:</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are printed as “%2” so no one can be picked out; %3 is the usual rule.</source>
        <translation>Los recuentos de 1 a %1 se imprimen como “%2” para que nadie pueda ser identificado; lo habitual es %3.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::PrintSummaryDialog</name>
    <message>
        <source>Print Goal Summary</source>
        <translation>Imprimir resumen de metas</translation>
    </message>
    <message>
        <source>Goals to include</source>
        <translation>Metas que se incluyen</translation>
    </message>
    <message>
        <source>Include &amp;substances (only if they want them on the page)</source>
        <translation>Incluir &amp;sustancias (solo si la persona quiere que aparezcan)</translation>
    </message>
    <message>
        <source>The summary is for %1 to take home. It shows their chosen name and the goals ticked below, in their own words. Legal name, codes and hidden contact details never print.</source>
        <translation>El resumen es para que %1 se lo lleve a casa. Muestra su nombre elegido y las metas marcadas abajo, con sus propias palabras. El nombre legal, los códigos y los datos de contacto ocultos nunca se imprimen.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Tick at least one goal to print.</source>
        <translation>Marque al menos una meta para imprimir.</translation>
    </message>
    <message>
        <source>%1 — my plan</source>
        <translation>%1 — mi plan</translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <translation>plan-%1.pdf</translation>
    </message>
    <message>
        <source>Prints in the program&apos;s language (%1): there are no texts for their language (%2) yet.</source>
        <translation>Se imprime en el idioma del programa (%1): todavía no hay textos en su idioma (%2).</translation>
    </message>
    <message>
        <source>Prints in %1.</source>
        <translation>Se imprime en %1.</translation>
    </message>
    <message>
        <source>Only the program&apos;s texts are translated. Their own words print exactly as they wrote them, never translated or changed.</source>
        <translation>Solo se traducen los textos del programa. Sus propias palabras se imprimen tal como las escribió, sin traducirlas ni cambiarlas.</translation>
    </message>
    <message>
        <source>Flesch–Kincaid grade for English, Fernández-Huerta for Spanish: an estimate from counting syllables, words and sentences. Health-literacy guidance sets grade 6 to 8 for what a person takes home.</source>
        <translation>Grado de Flesch–Kincaid para inglés y de Fernández-Huerta para español: un cálculo que cuenta sílabas, palabras y oraciones. Las guías de salud piden un nivel de 6.º a 8.º grado para lo que una persona se lleva a casa.</translation>
    </message>
    <message>
        <source>Reading level: tick a goal to see it.</source>
        <translation>Nivel de lectura: marque una meta para verlo.</translation>
    </message>
    <message>
        <source>Reading level: there is no reading-level formula for this language.</source>
        <translation>Nivel de lectura: no hay una fórmula de nivel de lectura para este idioma.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of school grades</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Reading level: fixed texts grade %1 (target %2–%3) · their words grade %4</source>
        <translation>Nivel de lectura: textos fijos, grado %1 (lo ideal: %2–%3) · sus palabras, grado %4</translation>
    </message>
    <message>
        <source>Their changes do not fit on the page beside these goals, so this copy prints without them. Untick a goal to make room for them.</source>
        <translation>Los cambios de la persona no caben en la página junto a estas metas, así que esta copia se imprime sin ellos. Desmarque una meta para hacerles lugar.</translation>
    </message>
    <message>
        <source>English</source>
        <comment>a language&apos;s name inside a sentence; lower case where the language writes it so</comment>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a language&apos;s name inside a sentence; lower case where the language writes it so</comment>
        <translation>español</translation>
    </message>
    <message>
        <source>Include “&amp;Changes I have made” (%1 on their plan; up to the %2 most recent print, as many as fit on the page)</source>
        <translation>Incluir “&amp;Cambios que hice” (%1 en su plan; se imprimen hasta los %2 más recientes, los que quepan en la página)</translation>
    </message>
    <message>
        <source>Include “&amp;Changes I have made” (none on their plan yet)</source>
        <translation>Incluir “&amp;Cambios que hice” (todavía no hay ninguno en su plan)</translation>
    </message>
    <message>
        <source>Prints in %1 (%2).</source>
        <comment>the language&apos;s name in the window&apos;s language, then in its own</comment>
        <translation>Se imprime en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReadinessChart</name>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Readiness rulers over time</source>
        <translation>Escalas de importancia, confianza y disposición a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1: importance %2, confidence %3, readiness %4</source>
        <translation>%1: importancia %2, confianza %3, disposición %4</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why not lower: “%1”</source>
        <translation>Por qué no menos: “%1”</translation>
    </message>
    <message>
        <source>What would help: “%1”</source>
        <translation>Qué ayudaría: “%1”</translation>
    </message>
    <message>
        <source>No rulers recorded yet</source>
        <translation>Todavía no hay escalas registradas</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReadinessTableModel</name>
    <message>
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>%1, why not lower: “%2”</source>
        <translation>%1, por qué no un número menor: “%2”</translation>
    </message>
    <message>
        <source>%1, what would help: “%2”</source>
        <translation>%1, qué le ayudaría: “%2”</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Goal, in their words</source>
        <translation>Meta, en sus palabras</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijo la persona</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReasonDialog</name>
    <message>
        <source>Why it was entered in error</source>
        <translation>Por qué se registró por error</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>Mark Entered in Error</source>
        <translation>Marcar como registrado por error</translation>
    </message>
</context>
<context>
    <name>continuum::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Some of your agency&apos;s report files could not be read and are left out:</source>
        <translation>Algunos archivos de informes de su agencia no se pudieron leer y se dejaron fuera:</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Tipo de período</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Dates you choose</source>
        <translation>Fechas que usted elige</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Choose a report and a period, then press Preview.</source>
        <translation>Elija un informe y un período, y luego pulse Vista previa.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>The last day comes before the first day. Choose a last day on or after the first one.</source>
        <translation>El último día es anterior al primero. Elija un último día igual o posterior al primero.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>continuum::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The vault on this computer will be replaced by the backup. Everything written since that backup will be gone. The backup is checked in full first; if anything is wrong with it, nothing here changes.</source>
        <translation>La bóveda de esta computadora se reemplazará con la copia de seguridad. Todo lo que se escribió después de esa copia se perderá. Primero se revisa la copia completa; si algo está mal en ella, aquí no cambia nada.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Passphrase the backup was made with</source>
        <translation>Frase de contraseña con la que se hizo la copia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Continuum backups (*.continuum-backup);;All files (*)</source>
        <translation>Copias de seguridad de Continuum (*.continuum-backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>A Continuum backup made %1.</source>
        <translation>Una copia de seguridad de Continuum hecha el %1.</translation>
    </message>
    <message>
        <source>Replace the vault on this computer with this backup? Anything written since the backup was made will be lost.</source>
        <translation>¿Reemplazar la bóveda de esta computadora con esta copia de seguridad? Todo lo que se escribió después de hacer la copia se perderá.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Checking the backup and restoring… this takes a moment.</source>
        <translation>Revisando la copia de seguridad y restaurando… esto tarda un momento.</translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Unlock it with the passphrase the backup was made with.</source>
        <translation>La bóveda se restauró desde la copia de seguridad. Desbloquéela con la frase de contraseña con la que se hizo la copia.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::RulerEditor</name>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>%1: why not lower, in their words</source>
        <translation>%1: por qué no menos, en sus palabras</translation>
    </message>
    <message>
        <source>%1: what would it take to move higher, in their words</source>
        <translation>%1: qué haría falta para subir, en sus palabras</translation>
    </message>
    <message>
        <source>Use a number from 0 to 10 (%1 is outside the ruler).</source>
        <translation>Use un número de 0 a 10 (%1 está fuera de la escala).</translation>
    </message>
    <message>
        <source>Why this number and not lower?</source>
        <translation>¿Por qué este número y no uno más bajo?</translation>
    </message>
    <message>
        <source>What would it take to move higher?</source>
        <translation>¿Qué haría falta para subir?</translation>
    </message>
    <message>
        <source>Why %1 and not lower? (answered at %1; the number is now %2)</source>
        <translation>¿Por qué %1 y no menos? (respondido con %1; ahora el número es %2)</translation>
    </message>
    <message>
        <source>Why %1 and not lower?</source>
        <translation>¿Por qué %1 y no menos?</translation>
    </message>
    <message>
        <source>What would it take to move higher than %1? (answered at %1; the number is now %2)</source>
        <translation>¿Qué haría falta para subir de %1? (respondido con %1; ahora el número es %2)</translation>
    </message>
    <message>
        <source>What would it take to move from 0 to a 1?</source>
        <translation>¿Qué haría falta para pasar de 0 a 1?</translation>
    </message>
    <message>
        <source>entered by the person</source>
        <translation>lo anotó la persona</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>lo anotó %1</translation>
    </message>
    <message>
        <source>%1, 0 = %2, 10 = %3</source>
        <translation>%1, 0 = %2, 10 = %3</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <source>%1 out of 10, %2</source>
        <translation>%1 de 10, %2</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>continuum::ui::SelfReviewDialog</name>
    <message>
        <source>Review My Practice</source>
        <translation>Revisar mi práctica</translation>
    </message>
    <message>
        <source>Every rating is optional: rate what you want to look at.</source>
        <translation>Todas las calificaciones son opcionales: califique lo que quiera observar.</translation>
    </message>
    <message>
        <source>I &amp;coded a recording of this session (MITI 4.2.1)</source>
        <translation>&amp;Codifiqué una grabación de esta sesión (MITI 4.2.1)</translation>
    </message>
    <message>
        <source>My &amp;note to myself:</source>
        <translation>Mi &amp;nota para mí:</translation>
    </message>
    <message>
        <source>My note to myself</source>
        <translation>Mi nota para mí</translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>MI-consistent behaviours (MIA:STEP)</source>
        <translation>Conductas coherentes con la EM (MIA:STEP)</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>How well</source>
        <translation>Qué tan bien</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>%1: how much</source>
        <translation>%1: cuánto</translation>
    </message>
    <message>
        <source>%1: how well</source>
        <translation>%1: qué tan bien</translation>
    </message>
    <message>
        <source>MI-inconsistent behaviours (MIA:STEP)</source>
        <translation>Conductas no coherentes con la EM (MIA:STEP)</translation>
    </message>
    <message>
        <source>The person&apos;s own rating of this session</source>
        <translation>La calificación de esta sesión hecha por la propia persona</translation>
    </message>
    <message>
        <source>They have not rated this session.</source>
        <translation>La persona no ha calificado esta sesión.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Entered by them on %1.</source>
        <translation>Lo anotó la persona el %1.</translation>
    </message>
    <message>
        <source>MITI 4.2.1: what you coded</source>
        <translation>MITI 4.2.1: lo que usted codificó</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>%1 (global score, 1 to 5)</source>
        <translation>%1 (puntuación global, de 1 a 5)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Global scores</source>
        <translation>Puntuaciones globales</translation>
    </message>
    <message>
        <source>%1 (count; a dash means not counted)</source>
        <translation>%1 (recuento; un guion significa que no se contó)</translation>
    </message>
    <message>
        <source>Behaviour counts</source>
        <translation>Recuentos de conductas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sus valores</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>MI-adherent</source>
        <translation>Adherente a la EM</translation>
    </message>
    <message>
        <source>MI-adherent (SC + AF + EA)</source>
        <translation>Adherente a la EM (BC + AF + EA)</translation>
    </message>
    <message>
        <source>MI-non-adherent</source>
        <translation>No adherente a la EM</translation>
    </message>
    <message>
        <source>MI-non-adherent (Confront + Persuade)</source>
        <translation>No adherente a la EM (Confrontar + Persuadir)</translation>
    </message>
    <message>
        <source>My practice in the session of %1</source>
        <translation>Mi práctica en la sesión del %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionEditor</name>
    <message>
        <source>(Follow-up wanted on %1, before the session date, so not set as a follow-up.)</source>
        <translation>(Se quería un seguimiento el %1, antes de la fecha de la sesión, así que no se guardó como seguimiento.)</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Sign this session note (%1)</source>
        <translation>Firmar esta nota de sesión (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;card Draft…</source>
        <translation>Des&amp;cartar borrador…</translation>
    </message>
    <message>
        <source>Add A&amp;ddendum…</source>
        <translation>&amp;Agregar adenda…</translation>
    </message>
    <message>
        <source>Mark as &amp;Entered in Error…</source>
        <translation>Marcar como registrado por &amp;error…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Session — %1</source>
        <translation>Sesión — %1</translation>
    </message>
    <message>
        <source>Session with %1</source>
        <translation>Sesión con %1</translation>
    </message>
    <message>
        <source>Addendum %1 — %2, %3
%4</source>
        <translation>Adenda %1 — %2, %3
%4</translation>
    </message>
    <message>
        <source>Draft — unsaved changes</source>
        <translation>Borrador — cambios sin guardar</translation>
    </message>
    <message>
        <source>Not saved yet. %1</source>
        <translation>Todavía no se guardó. %1</translation>
    </message>
    <message>
        <source>Draft — not saved</source>
        <translation>Borrador — sin guardar</translation>
    </message>
    <message>
        <source>Saved without the follow-up date, which is before the session date.</source>
        <translation>Se guardó sin la fecha de seguimiento, que es anterior a la fecha de la sesión.</translation>
    </message>
    <message>
        <source>Draft — saved %1</source>
        <translation>Borrador — guardado: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Firmado por %1 el %2</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrado por error</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Borrador nuevo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Add your name in Preferences before signing.</source>
        <translation>Agregue su nombre en Preferencias antes de firmar.</translation>
    </message>
    <message>
        <source>Signing as %1 makes it a permanent part of the record: it can no longer be edited, only followed by numbered, signed addenda.</source>
        <translation>Firmar como %1 la convierte en una parte permanente del registro: ya no se podrá editar; después solo podrán agregarse adendas numeradas y firmadas.</translation>
    </message>
    <message>
        <source>Before you sign, this record does not have:

%1

You can go back and add them, or sign it as it is.

%2</source>
        <translation>Antes de firmar: a este registro le falta lo siguiente:

%1

Puede volver atrás y agregarlo, o firmarlo como está.

%2</translation>
    </message>
    <message>
        <source>Sign Session Note</source>
        <translation>Firmar nota de sesión</translation>
    </message>
    <message>
        <source>Sign &amp;Anyway</source>
        <translation>&amp;Firmar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver atrás</translation>
    </message>
    <message>
        <source>Sign this session note?

%1</source>
        <translation>¿Firmar esta nota de sesión?

%1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation>No se firmó. %1</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard this draft?

Nothing of it is kept: everything in it is removed and cannot be brought back. The audit log notes only that a draft was discarded.</source>
        <translation>¿Descartar este borrador?

No se guarda nada de él: todo lo que contiene se elimina y no se puede recuperar. El registro de auditoría solo anota que se descartó un borrador.</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>Session note — %1 — %2</source>
        <translation>Nota de sesión — %1 — %2</translation>
    </message>
    <message>
        <source>DRAFT — NOT SIGNED</source>
        <translation>BORRADOR — SIN FIRMAR</translation>
    </message>
    <message>
        <source>session-note-%1.pdf</source>
        <translation>nota-de-sesion-%1.pdf</translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation>Cerrar el registro de sesión</translation>
    </message>
    <message>
        <source>This draft could not be saved: %1

Close it and lose the changes?</source>
        <translation>Este borrador no se pudo guardar: %1

¿Cerrarlo y perder los cambios?</translation>
    </message>
    <message>
        <source>Close &amp;Without Saving</source>
        <translation>Cerrar &amp;sin guardar</translation>
    </message>
    <message>
        <source>Review &amp;My Practice…</source>
        <translation>Revisar &amp;mi práctica…</translation>
    </message>
    <message>
        <source>Write something in the session first: a review is of a saved session.</source>
        <translation>Primero escriba algo en la sesión: una revisión es de una sesión guardada.</translation>
    </message>
    <message>
        <source>Hand &amp;Over to %1…</source>
        <translation>&amp;Pasar el turno a %1…</translation>
    </message>
    <message>
        <source>Fix the follow-up date first, then hand over.</source>
        <translation>Corrija primero la fecha de seguimiento y después pase el turno.</translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionForm</name>
    <message>
        <source>About the session</source>
        <translation>Sobre la sesión</translation>
    </message>
    <message>
        <source>Goals discussed</source>
        <translation>Metas tratadas</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Balance decisional</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Plan de cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Next steps and follow-up</source>
        <translation>Próximos pasos y seguimiento</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>The changes I want to make</source>
        <translation>Los cambios que quiero hacer</translation>
    </message>
    <message>
        <source>The most important reasons</source>
        <translation>Las razones más importantes</translation>
    </message>
    <message>
        <source>The steps I plan to take</source>
        <translation>Los pasos que pienso dar</translation>
    </message>
    <message>
        <source>How other people can help</source>
        <translation>Cómo me pueden ayudar otras personas</translation>
    </message>
    <message>
        <source>How I will know my plan is working</source>
        <translation>Cómo sabré que mi plan está funcionando</translation>
    </message>
    <message>
        <source>What could get in the way</source>
        <translation>Qué podría impedirlo</translation>
    </message>
    <message>
        <source>Sections of the session record</source>
        <translation>Secciones del registro de sesión</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Se&amp;tting:</source>
        <translation>M&amp;odalidad:</translation>
    </message>
    <message>
        <source>MI processes:</source>
        <translation>Procesos de la EM:</translation>
    </message>
    <message>
        <source>Goal to add to this session</source>
        <translation>Meta para agregar a esta sesión</translation>
    </message>
    <message>
        <source>&amp;Add to Session</source>
        <translation>A&amp;gregar a la sesión</translation>
    </message>
    <message>
        <source>&amp;New Goal…</source>
        <translation>&amp;Nueva meta…</translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation>Un elemento por línea.</translation>
    </message>
    <message>
        <source>Note format</source>
        <translation>Formato de la nota</translation>
    </message>
    <message>
        <source>Add &amp;rulers and quotes to the note</source>
        <translation>Agregar e&amp;scalas y citas a la nota</translation>
    </message>
    <message>
        <source>Writes the rulers, with the person&apos;s reasons, and the change-talk quotes into the first section of the note, as text you can edit.</source>
        <translation>Escribe las escalas, con las razones de la persona, y las citas de discurso de cambio en la primera sección de la nota, como texto que puede editar.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Hacer seguimien&amp;to el</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>This is before the session date (%1). Choose that day or later; the rest of the draft is saved meanwhile, without the follow-up.</source>
        <translation>Es anterior a la fecha de la sesión (%1). Elija ese día o uno posterior; mientras tanto, el resto del borrador se guarda, sin el seguimiento.</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
    <message>
        <source> — why not lower: “%1”</source>
        <translation> — por qué no menos: “%1”</translation>
    </message>
    <message>
        <source> — what would help: “%1”</source>
        <translation> — qué ayudaría: “%1”</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Change talk (%1): “%2”</source>
        <translation>Discurso de cambio (%1): “%2”</translation>
    </message>
    <message>
        <source>Goal: “%1”</source>
        <translation>Meta: “%1”</translation>
    </message>
    <message>
        <source>No rulers or change talk recorded yet: add them under Goals discussed.</source>
        <translation>Todavía no hay escalas ni discurso de cambio registrados: agréguelos en Metas tratadas.</translation>
    </message>
    <message>
        <source>Changes they count</source>
        <translation>Cambios que la persona valora</translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionListModel</name>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrada por error</translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s)</source>
        <translation>
            <numerusform>%n adenda</numerusform>
            <numerusform>%n adendas</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>seguimiento: %1</translation>
    </message>
</context>
<context>
    <name>continuum::ui::SessionVoiceSection</name>
    <message>
        <source>A change they count, in their words</source>
        <translation>Un cambio que la persona valora, en sus palabras</translation>
    </message>
    <message>
        <source>As they say it, e.g. what they did differently</source>
        <translation>Como lo dice la persona, p. ej.: lo que hizo distinto</translation>
    </message>
    <message>
        <source>A chan&amp;ge they count:</source>
        <translation>Un cam&amp;bio que valora:</translation>
    </message>
    <message>
        <source>On their plan</source>
        <translation>En su plan</translation>
    </message>
    <message>
        <source>Tick only if they want it on the plan they take home.</source>
        <translation>Márquelo solo si la persona lo quiere en el plan que se lleva a casa.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the change they count</source>
        <translation>Agregar el cambio que la persona valora</translation>
    </message>
    <message>
        <source>Changes they counted in this session</source>
        <translation>Cambios que la persona valoró en esta sesión</translation>
    </message>
    <message>
        <source>The goal whose steps they mark</source>
        <translation>La meta en cuyos pasos se marca</translation>
    </message>
    <message>
        <source>W&amp;here they are on their steps:</source>
        <translation>Dónde está en sus &amp;pasos:</translation>
    </message>
    <message>
        <source>The step they are on now, as they see it</source>
        <translation>El paso en el que está ahora, según la persona</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Mark where they are on their steps</source>
        <translation>Marcar dónde está en sus pasos</translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation>Pasos…</translation>
    </message>
    <message>
        <source>Set their steps for this goal</source>
        <translation>Definir sus pasos para esta meta</translation>
    </message>
    <message>
        <source>Steps marked in this session</source>
        <translation>Pasos marcados en esta sesión</translation>
    </message>
    <message>
        <source>The draft could not be saved, so nothing was added. %1</source>
        <translation>El borrador no se pudo guardar, así que no se agregó nada. %1</translation>
    </message>
    <message>
        <source>The draft could not be saved, so nothing was added.</source>
        <translation>El borrador no se pudo guardar, así que no se agregó nada.</translation>
    </message>
    <message>
        <source>%1 (on their plan)</source>
        <translation>%1 (en su plan)</translation>
    </message>
    <message>
        <source>“%1”: %2, “%3”</source>
        <translation>“%1”: %2, “%3”</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Todavía no hay metas</translation>
    </message>
    <message>
        <source>No steps set yet</source>
        <translation>Todavía no hay pasos definidos</translation>
    </message>
</context>
<context>
    <name>continuum::ui::SignedSessionView</name>
    <message>
        <source>Signed session record</source>
        <translation>Registro de sesión firmado</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <source>This session stays in the record but is no longer counted.</source>
        <translation>Esta sesión se queda en el registro, pero ya no se cuenta.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Addendum %1, signed by %2 on %3</source>
        <translation>Adenda %1, firmada por %2 el %3</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Firmado por %1 el %2</translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s)</source>
        <translation>
            <numerusform>%n adenda</numerusform>
            <numerusform>%n adendas</numerusform>
        </translation>
    </message>
    <message>
        <source>MI processes</source>
        <translation>Procesos de la EM</translation>
    </message>
    <message>
        <source>Goals discussed</source>
        <translation>Metas tratadas</translation>
    </message>
    <message>
        <source>described a return to use (part of the cycle)</source>
        <translation>describió que volvió a usar (es parte del ciclo)</translation>
    </message>
    <message>
        <source>Stage observed</source>
        <translation>Etapa observada</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>why not lower:</source>
        <translation>por qué no menos:</translation>
    </message>
    <message>
        <source>what would help move higher:</source>
        <translation>qué le ayudaría a subir:</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Change talk (%1)</source>
        <translation>Discurso de cambio (%1)</translation>
    </message>
    <message>
        <source>Sustain talk (%1)</source>
        <translation>Discurso de mantenimiento (%1)</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Balance decisional</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Plan de cambio</translation>
    </message>
    <message>
        <source>The changes I want to make</source>
        <translation>Los cambios que quiero hacer</translation>
    </message>
    <message>
        <source>The most important reasons</source>
        <translation>Las razones más importantes</translation>
    </message>
    <message>
        <source>The steps I plan to take</source>
        <translation>Los pasos que pienso dar</translation>
    </message>
    <message>
        <source>How other people can help</source>
        <translation>Cómo me pueden ayudar otras personas</translation>
    </message>
    <message>
        <source>How I will know my plan is working</source>
        <translation>Cómo sabré que mi plan está funcionando</translation>
    </message>
    <message>
        <source>What could get in the way</source>
        <translation>Qué podría impedirlo</translation>
    </message>
    <message>
        <source>Next steps and follow-up</source>
        <translation>Próximos pasos y seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>Addendum %1 — signed by %2 on %3</source>
        <translation>Adenda %1 — firmada por %2 el %3</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrado por error</translation>
    </message>
    <message>
        <source>entered by the person</source>
        <translation>lo anotó la persona</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>lo anotó %1</translation>
    </message>
    <message>
        <source>Note — %1</source>
        <translation>Nota — %1</translation>
    </message>
</context>
<context>
    <name>continuum::ui::TodayView</name>
    <message>
        <source>Today&apos;s work</source>
        <translation>El trabajo de hoy</translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation>&amp;Abrir borrador</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>&amp;Descartar borrador…</translation>
    </message>
    <message>
        <source>Referral Out&amp;come…</source>
        <translation>Resultado del re&amp;ferido…</translation>
    </message>
    <message>
        <source>started today</source>
        <translation>empezado hoy</translation>
    </message>
    <message>
        <source>started yesterday</source>
        <translation>empezado ayer</translation>
    </message>
    <message numerus="yes">
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>empezado hace %n día</numerusform>
            <numerusform>empezado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — none</source>
        <translation>%1 — no hay</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (the client list shows everyone)</source>
        <translation>
            <numerusform>…y %n más (la lista de clientes muestra a todos)</numerusform>
            <numerusform>…y %n más (la lista de clientes muestra a todos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Seguimientos para hoy</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <source>Follow-ups in the next seven days</source>
        <translation>Seguimientos en los próximos siete días</translation>
    </message>
    <message>
        <source>Session notes not yet signed</source>
        <translation>Notas de sesión todavía sin firmar</translation>
    </message>
    <message>
        <source>session of %1 · %2</source>
        <translation>sesión del %1 · %2</translation>
    </message>
    <message>
        <source>Enter opens the draft; the context menu can discard it.</source>
        <translation>Enter abre el borrador; el menú contextual permite descartarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n days or more</source>
        <translation>
            <numerusform>Sin verse desde hace %n día o más</numerusform>
            <numerusform>Sin verse desde hace %n días o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>todavía sin verse</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Contactos de hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n supply item(s)</source>
        <translation>
            <numerusform>%n artículo de suministro</numerusform>
            <numerusform>%n artículos de suministro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n naloxone dose(s)</source>
        <translation>
            <numerusform>%n dosis de naloxona</numerusform>
            <numerusform>%n dosis de naloxona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug check(s)</source>
        <translation>
            <numerusform>%n análisis de sustancias</numerusform>
            <numerusform>%n análisis de sustancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referido</numerusform>
            <numerusform>%n referidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Referrals waiting for an outcome</source>
        <translation>Referidos en espera de resultado</translation>
    </message>
    <message>
        <source>referred %1</source>
        <translation>referido el %1</translation>
    </message>
    <message>
        <source>Enter records what came of it.</source>
        <translation>Enter registra en qué quedó.</translation>
    </message>
    <message>
        <source>What Came of the Referral</source>
        <translation>En qué quedó el referido</translation>
    </message>
    <message>
        <source>%1: what came of it?</source>
        <translation>%1: ¿en qué quedó?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard the unsigned session note for %1 (%2)? Nothing of it is kept, and this cannot be undone.</source>
        <translation>¿Descartar la nota de sesión sin firmar de %1 (%2)? No se guarda nada de ella y esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous contact(s)</source>
        <comment>contacts today</comment>
        <translation>
            <numerusform>%n contacto anónimo</numerusform>
            <numerusform>%n contactos anónimos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded contact(s)</source>
        <comment>contacts today</comment>
        <translation>
            <numerusform>%n contacto con código</numerusform>
            <numerusform>%n contactos con código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with a known client</source>
        <comment>contacts today</comment>
        <translation>
            <numerusform>%n contacto con un cliente conocido</numerusform>
            <numerusform>%n contactos con clientes conocidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuum::ui::UnlockDialog</name>
    <message>
        <source>Unlock Continuum</source>
        <translation>Desbloquear Continuum</translation>
    </message>
    <message>
        <source>Continuum is locked</source>
        <translation>Continuum está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Recovery key (from the page you printed when you set up Continuum):</source>
        <translation>&amp;Clave de recuperación (de la página que imprimió al configurar Continuum):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Take Over…</source>
        <translation>&amp;Tomar el control…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase</source>
        <translation>Usar la &amp;frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Vuelva a intentarlo en %n s</numerusform>
            <numerusform>Vuelva a intentarlo en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>The vault is open in another Continuum window on this computer (process %1). Close that one first.</source>
        <translation>La bóveda está abierta en otra ventana de Continuum en esta computadora (proceso %1). Cierre esa primero.</translation>
    </message>
    <message>
        <source>The vault is marked as open on the computer &quot;%1&quot; (process %2). If Continuum is not running there — for example, the vault folder was copied to this computer — you can take it over.</source>
        <translation>La bóveda figura como abierta en la computadora &quot;%1&quot; (proceso %2). Si Continuum no está abierto allí —por ejemplo, si la carpeta de la bóveda se copió a esta computadora—, puede tomar el control.</translation>
    </message>
    <message>
        <source>the computer &quot;%1&quot; (process %2)</source>
        <translation>la computadora &quot;%1&quot; (proceso %2)</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otra computadora</translation>
    </message>
    <message>
        <source>Take over the vault?</source>
        <translation>¿Tomar el control de la bóveda?</translation>
    </message>
    <message>
        <source>The vault is marked as open on %1. Take it over only if Continuum is not running there: two computers writing the same vault at once can damage it.</source>
        <translation>La bóveda figura como abierta en %1. Tome el control solo si Continuum no está abierto allí: si dos computadoras escriben en la misma bóveda a la vez, pueden dañarla.</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Tomar el control</translation>
    </message>
</context>
<context>
    <name>continuum::ui::VoicePanel</name>
    <message>
        <source>Changes they count</source>
        <translation>Cambios que la persona valora</translation>
    </message>
    <message>
        <source>Their steps toward a goal</source>
        <translation>Sus pasos hacia una meta</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline records for harm-reduction counselors.

For IT staff and scripts: continuum vault --help</source>
        <translation>Registros sin conexión para el personal de consejería en reducción de daños.

Para el personal de informática y los scripts: continuum vault --help</translation>
    </message>
    <message>
        <source>Vault folder to open.</source>
        <translation>Carpeta de la bóveda que se va a abrir.</translation>
    </message>
    <message>
        <source>Open a throwaway vault with a fictional caseload.</source>
        <translation>Abre una bóveda desechable con casos ficticios.</translation>
    </message>
    <message>
        <source>Show the versions of Continuum, SQLCipher and Qt, and the license.</source>
        <translation>Muestra las versiones de Continuum, SQLCipher y Qt, y la licencia.</translation>
    </message>
</context>
</TS>

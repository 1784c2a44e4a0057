import {
  Button,
  Field,
  Image,
  Textarea,
  makeStyles,
  tokens,
  type TextareaOnChangeData,
} from "@fluentui/react-components";
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from "@fluentui/react-icons";
import { useState, type ReactElement } from "react";

/**
 * The shape of the React task-pane template (Office-Addin-TaskPane-React): a welcome header with a
 * logo, a "hero" list of three features with icons, and a text area with an "Insert text" button.
 * Written for this bench; see README.md beside it.
 */

const useStyles = makeStyles({
  page: { minHeight: "100vh" },
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    paddingTop: "100px",
    paddingBottom: "30px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  welcome: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular },
  hero: { width: "100%", display: "flex", flexDirection: "column", alignItems: "center" },
  heroTitle: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: "10px",
    paddingRight: "10px",
  },
  heroList: { marginTop: "20px" },
  heroItem: { display: "flex", paddingBottom: "20px" },
  heroIcon: { marginRight: "10px" },
  heroText: { fontSize: tokens.fontSizeBase300 },
  insertion: { display: "flex", flexDirection: "column", alignItems: "center" },
  textField: { margin: "30px 20px 20px", maxWidth: "50%" },
  hint: { fontWeight: tokens.fontWeightSemibold, marginTop: "20px", marginBottom: "10px" },
});

interface Feature {
  icon: ReactElement;
  text: string;
}

const FEATURES: Feature[] = [
  { icon: <Ribbon24Regular />, text: "Get more done with Office" },
  { icon: <LockOpen24Regular />, text: "Turn on new features" },
  { icon: <DesignIdeas24Regular />, text: "Design and present with ease" },
];

function WelcomeHeader(props: { title: string }) {
  const styles = useStyles();
  return (
    <section className={styles.header}>
      <Image width={90} height={90} src="assets/logo.png" alt={props.title} />
      <h1 className={styles.welcome}>Welcome</h1>
    </section>
  );
}

function FeatureList(props: { features: Feature[] }) {
  const styles = useStyles();
  return (
    <div className={styles.hero}>
      <h2 className={styles.heroTitle}>See what this add-in does for you</h2>
      <ul className={styles.heroList}>
        {props.features.map((feature) => (
          <li key={feature.text} className={styles.heroItem}>
            <i className={styles.heroIcon}>{feature.icon}</i>
            <span className={styles.heroText}>{feature.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TextInsertion(props: { onInsert: (text: string) => void }) {
  const styles = useStyles();
  const [text, setText] = useState("Some text.");
  return (
    <div className={styles.insertion}>
      <Field className={styles.textField} size="large" label="Text to insert into the document">
        <Textarea
          size="large"
          value={text}
          onChange={(_event, data: TextareaOnChangeData) => setText(data.value)}
        />
      </Field>
      <Field className={styles.hint}>Press the button to insert the text.</Field>
      <Button appearance="primary" size="large" onClick={() => props.onInsert(text)}>
        Insert text
      </Button>
    </div>
  );
}

export function ReferenceApp(props: { title: string }) {
  const styles = useStyles();
  const [inserted, setInserted] = useState<string[]>([]);
  return (
    <div className={styles.page}>
      <WelcomeHeader title={props.title} />
      <FeatureList features={FEATURES} />
      <TextInsertion onInsert={(text) => setInserted((all) => [...all, text])} />
      {/* Outside Office there is no document: inserted texts are listed here instead. */}
      <div aria-live="polite">
        {inserted.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
    </div>
  );
}

/* Decap CMS interface in Lithuanian: decap-cms-locales' lt (MIT, (c) Decap contributors), completed
 * with every key the English locale has and corrected ("Publish now" is „Skelbti dabar“, not
 * „Skelbti naują“; typos; Unpublished/published mixed up). tests/js/ui-locale.test.js checks that
 * no key of the English locale is missing. Registered in editor.js.
 */
(function (root) {
  "use strict";
  var lt = {
    "auth": {
      "login": "Prisijungti",
      "loggingIn": "Prisijungiama...",
      "loginWithNetlifyIdentity": "Prisijungti su Netlify Identity",
      "loginWithAzure": "Prisijungti su Azure",
      "loginWithBitbucket": "Prisijungti su Bitbucket",
      "loginWithGitHub": "Prisijungti su GitHub",
      "loginWithGitLab": "Prisijungti su GitLab",
      "loginWithGitea": "Prisijungti su Gitea",
      "errors": {
        "email": "Įveskite savo elektroninį paštą.",
        "password": "Įveskite savo slaptažodį.",
        "identitySettings": "Deja, nepavyksta pasiekti Identity paslaugos nustatymus. Kai naudojate git-gateway backend metodą, įjunkite „Identity service“ ir „Git Gateway“."
      },
      "loginWithForgejo": "Prisijungti su Forgejo"
    },
    "app": {
      "header": {
        "content": "Turinys",
        "workflow": "Darbo eiga",
        "media": "Medija",
        "quickAdd": "Sukurti naują"
      },
      "app": {
        "errorHeader": "Klaida: nepavyko įkelti turinio sistemos nustatymų",
        "configErrors": "Konfigūracijos (nustatymų) klaidos",
        "checkConfigYml": "Patikrinkite failą config.yml.",
        "loadingConfig": "Kraunamas nustatymų (konfigūracijos) failas...",
        "waitingBackend": "Laukiama serverio..."
      },
      "notFoundPage": {
        "header": "Nerasta"
      }
    },
    "collection": {
      "sidebar": {
        "collections": "Kolekcijos",
        "allCollections": "Visos kolekcijos",
        "searchAll": "Ieškoti visur",
        "searchIn": "Ieškoti tik čia"
      },
      "collectionTop": {
        "sortBy": "Rikiavimo tvarka",
        "viewAs": "Peržiūrėti kaip",
        "newButton": "＋ %{collectionLabel}",
        "newButtonAriaLabel": "Sukurti %{collectionLabel} tipo įrašą",
        "ascending": "Didėjimo tvarka (A-Z)",
        "descending": "Mažėjimo tvarka (Z-A)",
        "searchResults": "Paieškos rezultatai: „%{searchTerm}“",
        "searchResultsInCollection": "Paieškos rezultatai: „%{searchTerm}“ iš %{collection}",
        "filterBy": "Filtruoti",
        "groupBy": "Grupuoti",
        "viewAsList": "Rodyti sąrašu",
        "viewAsGrid": "Rodyti tinkleliu"
      },
      "entries": {
        "loadingEntries": "Kraunamas turinys...",
        "cachingEntries": "Talpinami įrašai...",
        "longerLoading": "Šis procesas gali trukti keletą minučių",
        "noEntries": "Nėra turinio",
        "unpublishedHeader": "Nepaskelbti įrašai"
      },
      "groups": {
        "other": "Kita",
        "negateLabel": "Ne %{label}"
      },
      "defaultFields": {
        "author": {
          "label": "Autorius"
        },
        "updatedOn": {
          "label": "Atnaujinta"
        }
      }
    },
    "editor": {
      "editorControl": {
        "field": {
          "optional": "neprivaloma",
          "widgetLabel": "Laukas „%{widgetLabel}“"
        }
      },
      "editorControlPane": {
        "widget": {
          "required": "Privaloma užpildyti laukelį %{fieldLabel}.",
          "regexPattern": "%{fieldLabel} laukelis neatitiko konfigūracijoje nustatytų taisyklių: %{pattern}.",
          "processing": "Apdorojame %{fieldLabel}.",
          "range": "%{fieldLabel} turi būti tarp %{minValue} ir %{maxValue}.",
          "min": "%{fieldLabel} turi būti bent %{minValue}.",
          "max": "%{fieldLabel} turi būti %{maxValue} arba mažiau.",
          "rangeCount": "%{fieldLabel} turi būti tarp %{minCount} ir %{maxCount} elementų/-o.",
          "rangeCountExact": "%{fieldLabel} turi turėti būtent tik %{count} elementų/-us.",
          "rangeMin": "%{fieldLabel} turi būti bent %{minCount} elementų.",
          "rangeMax": "%{fieldLabel} turi būti %{maxCount} arba mažiau elementų.",
          "invalidPath": "'%{path}' nėra taisyklinga nuoroda/adresas į resursą/-us",
          "pathExists": "Adresas '%{path}' jau egzistuoja"
        },
        "i18n": {
          "writingInLocale": "Rašome %{locale} kalboje",
          "copyFromLocale": "Užpildyti iš kitos kalbos",
          "copyFromLocaleConfirm": "Ar užpildyti duomenimis iš kalbos %{locale}?\nVisas esamas turinys bus perrašytas."
        }
      },
      "editor": {
        "onLeavePage": "Ar tikrai norite uždaryti šį puslapį?",
        "onUpdatingWithUnsavedChanges": "Turite neišsaugotų pakeitimų! Prašome išsaugoti prieš pakeičiant statusą.",
        "onPublishingNotReady": "Prieš skelbiant būseną reikia pakeisti į „Paruošta“.",
        "onPublishingWithUnsavedChanges": "Yra neišsaugotų pakeitimų – išsaugokite juos prieš skelbdami.",
        "onPublishing": "Ar tikrai norite paskelbti šį įrašą?",
        "onUnpublishing": "Ar tikrai norite atšaukti šio įrašo paskelbimą?",
        "onDeleteWithUnsavedChanges": "Ar tikrai norite ištrinti šį paskelbtą įrašą ir šioje sesijoje padarytus neišsaugotus pakeitimus?",
        "onDeletePublishedEntry": "Tikrai norite ištrinti šį publikuotą įrašą?",
        "onDeleteUnpublishedChangesWithUnsavedChanges": "Tai ištrins visus nepublikuotus pakeitimus įraše, taip pat neišsaugotus pakeitimus per dabartinę sesiją. Vis tiek norite trinti?",
        "onDeleteUnpublishedChanges": "Visi Jūsų pakeitimai įraše bus panaikinti. Ar tikrai norite trinti jį?",
        "loadingEntry": "Kraunamas įrašas...",
        "confirmLoadBackup": "Šiame įrenginyje rastas išsaugotas šio įrašo juodraštis. Ar norite jį atkurti?"
      },
      "editorToolbar": {
        "publishing": "Skelbiama...",
        "publish": "Skelbti",
        "published": "Paskelbta",
        "unpublish": "Atšaukti paskelbimą",
        "duplicate": "Kurti kopiją",
        "unpublishing": "Nebeskelbiama...",
        "publishAndCreateNew": "Skelbti ir kurti naują",
        "publishAndDuplicate": "Skelbti ir kurti kopiją",
        "deleteUnpublishedChanges": "Ištrinti nepaskelbtus pakeitimus",
        "deleteUnpublishedEntry": "Ištrinti nepaskelbtą įrašą",
        "deletePublishedEntry": "Ištrinti paskelbtą įrašą",
        "deleteEntry": "Panaikinti įrašą",
        "saving": "Išsaugojama...",
        "save": "Išsaugoti",
        "deleting": "Trinama...",
        "updating": "Atnaujinama...",
        "status": "Būsena: %{status}",
        "backCollection": "Rašoma kolekcijoje „%{collectionLabel}“",
        "unsavedChanges": "Neišsaugoti pakeitimai",
        "changesSaved": "Pakeitimai išsaugoti",
        "draft": "Juodraštis",
        "inReview": "Peržiūrima redakcijoje",
        "ready": "Paruošta",
        "publishNow": "Skelbti dabar",
        "deployPreviewPendingButtonLabel": "Tikrinti, ar yra peržiūra",
        "deployPreviewButtonLabel": "Žiūrėti peržiūrą",
        "deployButtonLabel": "Žiūrėti svetainėje",
        "statusInfoTooltipDraft": "Įrašo būsena – juodraštis. Kad jį pateiktumėte peržiūrai, pakeiskite būseną į „Peržiūrima“.",
        "statusInfoTooltipInReview": "Įrašas peržiūrimas, nieko daryti nereikia. Vis tiek galite jį toliau taisyti."
      },
      "editorWidgets": {
        "markdown": {
          "bold": "Paryškinta",
          "italic": "Pasviras tekstas",
          "code": "Kodo šriftas",
          "link": "Nuoroda (adresas)",
          "linkPrompt": "Įveskite adresą čia",
          "headings": "Antraštės",
          "quote": "Citata",
          "bulletedList": "Sąrašas su ženkleliais",
          "numberedList": "Sąrašas su numeriais",
          "addComponent": "Pridėti komponentą",
          "richText": "Raiškusis tekstas",
          "markdown": "Rodyti be formatavimo (Markdown)",
          "strikethrough": "Perbraukta",
          "toggleMode": {
            "rich": "Perjungti į raiškiojo teksto režimą",
            "markdown": "Perjungti į Markdown režimą"
          }
        },
        "image": {
          "choose": "Pasirinkti vaizdą",
          "chooseDifferent": "Pasirinkti kitą vaizdą",
          "remove": "Panaikinti vaizdą",
          "chooseMultiple": "Pasirinkti vaizdus",
          "chooseUrl": "Įterpti iš adreso",
          "replaceUrl": "Pakeisti adresu",
          "promptUrl": "Įveskite vaizdo adresą",
          "addMore": "Pridėti daugiau vaizdų",
          "removeAll": "Pašalinti visus vaizdus"
        },
        "file": {
          "choose": "Pasirinkti failą",
          "chooseDifferent": "Pasirinkti kitą failą",
          "remove": "Panaikinti failą",
          "chooseUrl": "Įterpti iš adreso",
          "chooseMultiple": "Pasirinkti failus",
          "replaceUrl": "Pakeisti adresu",
          "promptUrl": "Įveskite failo adresą",
          "addMore": "Pridėti daugiau failų",
          "removeAll": "Pašalinti visus failus"
        },
        "unknownControl": {
          "noControl": "Klaida: valdiklis „%{widget}“ neturi redagavimo lauko."
        },
        "unknownPreview": {
          "noPreview": "Klaida: valdiklis „%{widget}“ neturi peržiūros."
        },
        "headingOptions": {
          "headingOne": "Antraštė 1",
          "headingTwo": "Antraštė 2",
          "headingThree": "Antraštė 3",
          "headingFour": "Antraštė 4",
          "headingFive": "Antraštė 5",
          "headingSix": "Antraštė 6"
        },
        "datetime": {
          "now": "Dabar",
          "clear": "Išvalyti",
          "setToNow": "Dabar – nustatyti laukui „%{fieldLabel}“ dabartinį laiką"
        },
        "list": {
          "add": "Pridėti: %{item}",
          "addType": "Pridėti: %{item}"
        },
        "object": {
          "expand": "Išskleisti",
          "collapse": "Suskleisti"
        }
      },
      "editorInterface": {
        "toggleI18n": "Rodyti ar slėpti vertimus",
        "togglePreview": "Rodyti ar slėpti peržiūrą",
        "toggleScrollSync": "Slinkti kartu",
        "toggleNotes": "Rodyti ar slėpti pastabas"
      },
      "editorNotesPane": {
        "title": "Pastabos",
        "emptyState": "Pastabų dar nėra. Parašykite pirmąją žemiau.",
        "addNote": "Pridėti pastabą",
        "addPlaceholder": "Parašykite pastabą...",
        "editPlaceholder": "Taisykite pastabą...",
        "save": "Išsaugoti",
        "cancel": "Atšaukti",
        "edit": "Taisyti",
        "delete": "Ištrinti",
        "resolve": "Pažymėti išspręsta",
        "unresolve": "Pažymėti neišspręsta",
        "confirmDelete": "Ar tikrai norite ištrinti šią pastabą?",
        "shortcut": "Patarimas: Ctrl+Enter greitai prideda pastabą"
      }
    },
    "mediaLibrary": {
      "mediaLibraryCard": {
        "draft": "Juodraštis",
        "copy": "Kopijuoti",
        "copyUrl": "Kopijuoti adresą",
        "copyPath": "Kopijuoti kelią",
        "copyName": "Kopijuoti pavadinimą",
        "copied": "Nukopijuota"
      },
      "mediaLibrary": {
        "onDelete": "Ar jūs tikrai norite ištrinti pasirinktą mediją?",
        "fileTooLarge": "Failas per didelis.\nNustatymuose (konfigūracijoje) nurodyta, kad failai negali viršyti %{size} kB."
      },
      "mediaLibraryModal": {
        "loading": "Kraunama...",
        "noResults": "Nėra rezultatų.",
        "noAssetsFound": "Turinio nerasta.",
        "noImagesFound": "Vaizdų nerasta.",
        "private": "Privatu ",
        "images": "Vaizdai",
        "mediaAssets": "Medijos turinys",
        "search": "Paieška...",
        "uploading": "Keliama...",
        "upload": "Įkelti",
        "download": "Parsiųsti",
        "deleting": "Trinama...",
        "deleteSelected": "Ištrinti parinktus",
        "chooseSelected": "Pasirinkti parinktus",
        "close": "Uždaryti"
      }
    },
    "ui": {
      "default": {
        "goBackToSite": "Grįžti atgal į tinklalapį"
      },
      "errorBoundary": {
        "title": "Klaida",
        "details": "Buvo klaida - jeigu galite, prašome ",
        "reportIt": "pranešti apie techninę problemą „GitHub“ puslapyje.",
        "detailsHeading": "Detalės",
        "privacyWarning": "Opening an issue pre-populates it with the error message and debugging data.\nPlease verify the information is correct and remove sensitive data if exists.",
        "recoveredEntry": {
          "heading": "Sugrąžintas dokumentas",
          "warning": "Prašome kopijuoti/įkluoti šitą kažkur prieš uždarant puslapį!",
          "copyButtonLabel": "Nukopijuoti į iškarpinę"
        }
      },
      "settingsDropdown": {
        "logOut": "Atsijungti",
        "account": "Paskyros parinktys"
      },
      "toast": {
        "onFailToLoadEntries": "Nepavyko užkrauti įrašo: %{details}",
        "onFailToLoadDeployPreview": "Nepavyko užkrauti demonstracijos lango: %{details}",
        "onFailToPersist": "Nepavyko išlaikyti įrašo: %{details}",
        "onFailToDelete": "Nepayvko ištrinti: %{details}",
        "onFailToUpdateStatus": "Nepavyko pakeisti statusą: %{details}",
        "missingRequiredField": "Pasitikrinkite — kažkurio (ar kelių) laukelių neužpildėte. Tai padarius galėsite išsaugoti įrašą.",
        "entrySaved": "Įrašas išsaugotos",
        "entryPublished": "Įrašas publikuotas",
        "entryUnpublished": "Įrašas nepublikuotas",
        "onFailToPublishEntry": "Nepavyko publikuoti: %{details}",
        "onFailToUnpublishEntry": "Nepavyko panaikinti publikavimą: %{details}",
        "entryUpdated": "Įrašo statusas pakeistas",
        "onDeleteUnpublishedChanges": "Nepublikuoti pakeitimai ištrinti",
        "onFailToAuth": "Nepavyko prisijungti: %{details}",
        "onLoggedOut": "Mes jus atjungėme. Jeigu yra poreikis, sukurkite duomenų atsarginę kopiją. Galite tiesiog iš naujo prisijungti.",
        "onBackendDown": "Deja, serveris šiuo metu neveikia. Bandykite iš naujo dar sykį arba šiek tiek vėliau. Detalės: %{details}",
        "noteAdded": "Pastaba pridėta",
        "onFailToAddNote": "Nepavyko pridėti pastabos: %{details}",
        "noteUpdated": "Pastaba pataisyta",
        "onFailToUpdateNote": "Nepavyko pataisyti pastabos: %{details}",
        "noteDeleted": "Pastaba ištrinta",
        "onFailToDeleteNote": "Nepavyko ištrinti pastabos: %{details}",
        "noteResolved": "Pastaba pažymėta išspręsta",
        "noteReopened": "Pastaba vėl atverta",
        "onFailToToggleNote": "Nepavyko pakeisti pastabos būsenos: %{details}"
      }
    },
    "workflow": {
      "workflow": {
        "loading": "Kraunamas turinys",
        "workflowHeading": "Redakcijos darbo eiga",
        "newPost": "Naujas įrašas",
        "description": "%{smart_count} įrašas laukia Jūsų peržiūrėjimo, %{readyCount} jau gali būti publikuojamas. |||| %{smart_count} elementai laukia Jūsų peržiūrėjimo, %{readyCount} jau gali būti publikuojami. ",
        "dateFormat": "MMMM D"
      },
      "workflowCard": {
        "lastChange": "%{date} pagal %{author}",
        "lastChangeNoAuthor": "%{date}",
        "lastChangeNoDate": "oagal %{author}",
        "deleteChanges": "Trinti keitimus",
        "deleteNewEntry": "Trinti naują įrašą",
        "publishChanges": "Publikuoti keitimus",
        "publishNewEntry": "Kurti naują įrašą"
      },
      "workflowList": {
        "onDeleteEntry": "Ar tikrai norite ištrinti šį įrašą?",
        "onPublishingNotReadyEntry": "Tik įrašai su statusu „Paruošta“ gali būti patvirtinti. Prašome pajudinti įrašo kortelę link „Paruošta“ stulpelio, kad galėtumėte publikuoti įrašą.",
        "onPublishEntry": "Ar jūs tikrai norite publikuoti šį įrašą?",
        "draftHeader": "Juodraščiai",
        "inReviewHeader": "Peržiūrima redakcijoje",
        "readyHeader": "Paruošta",
        "currentEntries": "%{smart_count} įrašas |||| %{smart_count} įrašai"
      }
    }
  };
  if (typeof module !== "undefined" && module.exports) module.exports = lt;
  else root.DecapLocaleLt = lt;
})(typeof window !== "undefined" ? window : this);

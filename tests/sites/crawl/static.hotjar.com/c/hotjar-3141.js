// A stand-in session-replay tag: keeps its session in storage.
sessionStorage.setItem("_hjSession_3141", JSON.stringify({id: "h1", created: Date.now()}));
localStorage.setItem("_hjSessionUser_3141", "u1");

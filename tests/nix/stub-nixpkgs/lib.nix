# A small stand-in for nixpkgs' `lib`: the functions mcp-bluesky's flake and
# modules use, with a module system (evalModules) that merges definitions the
# way nixpkgs does for the cases they need: nested options, mkIf, mkMerge,
# priorities (mkDefault, mkForce), option defaults, and the types used here.
# Written for the offline checks in tests/nix; the same checks run against the
# real nixpkgs wherever it is available.
let
  inherit (builtins)
    all
    any
    attrNames
    concatMap
    concatStringsSep
    elem
    elemAt
    filter
    foldl'
    functionArgs
    genList
    hasAttr
    head
    isAttrs
    isFunction
    isList
    isPath
    isString
    length
    listToAttrs
    mapAttrs
    replaceStrings
    stringLength
    substring
    tail
    ;

  lib = rec {
    inherit
      any
      attrNames
      concatStringsSep
      elem
      filter
      mapAttrs
      ;

    # Lists and attribute sets.
    genAttrs = names: f: listToAttrs (map (n: { name = n; value = f n; }) names);
    optional = cond: x: if cond then [ x ] else [ ];
    optionals = cond: xs: if cond then xs else [ ];
    optionalAttrs = cond: attrs: if cond then attrs else { };
    optionalString = cond: s: if cond then s else "";
    last = list: elemAt list (length list - 1);
    unique = foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];
    mapAttrsToList = f: attrs: map (n: f n attrs.${n}) (attrNames attrs);
    filterAttrs =
      pred: attrs:
      listToAttrs (
        concatMap (n: if pred n attrs.${n} then [ { name = n; value = attrs.${n}; } ] else [ ]) (
          attrNames attrs
        )
      );
    recursiveUpdate =
      lhs: rhs:
      lhs
      // mapAttrs (
        n: v: if isAttrs v && isAttrs (lhs.${n} or null) then recursiveUpdate lhs.${n} v else v
      ) rhs;

    # Strings.
    hasPrefix = prefix: s: substring 0 (stringLength prefix) s == prefix;
    hasSuffix =
      suffix: s:
      let
        n = stringLength s;
        m = stringLength suffix;
      in
      m <= n && substring (n - m) m s == suffix;
    hasInfix =
      infix: s:
      let
        n = stringLength infix;
        m = stringLength s;
      in
      n <= m && any (i: substring i n s == infix) (genList (i: i) (m - n + 1));
    escapeRegex =
      let
        special = [ "\\" "." "[" "]" "(" ")" "{" "}" "*" "+" "?" "^" "$" "|" ];
      in
      replaceStrings special (map (c: "\\" + c) special);
    removeSuffix =
      suffix: s: if hasSuffix suffix s then substring 0 (stringLength s - stringLength suffix) s else s;
    splitString = sep: s: filter isString (builtins.split (escapeRegex sep) s);
    toInt = s: builtins.fromJSON s;
    escapeShellArg = arg: "'${replaceStrings [ "'" ] [ "'\\''" ] (toString arg)}'";
    escapeShellArgs = args: concatStringsSep " " (map escapeShellArg args);
    importTOML = path: builtins.fromTOML (builtins.readFile path);
    getExe = pkg: "${pkg}/bin/${pkg.meta.mainProgram or pkg.pname}";

    # Metadata.
    licenses = {
      mit.spdxId = "MIT";
      asl20.spdxId = "Apache-2.0";
    };
    platforms.unix = [ ];
    literalExpression = text: {
      _type = "literalExpression";
      inherit text;
    };
    fileset = {
      toSource = { root, fileset }: root;
      unions = files: files;
    };

    # Options and their definitions.
    mkOption = attrs: attrs // { _type = "option"; };
    mkEnableOption = name: mkOption {
      type = types.bool;
      default = false;
      description = "Whether to enable ${name}.";
    };
    mkPackageOption = pkgs: name: _: mkOption {
      type = types.package;
      default = pkgs.${name};
    };
    mkIf = condition: content: {
      _type = "if";
      inherit condition content;
    };
    mkMerge = contents: {
      _type = "merge";
      inherit contents;
    };
    mkOverride = priority: content: {
      _type = "override";
      inherit priority content;
    };
    mkDefault = mkOverride 1000;
    mkForce = mkOverride 50;

    # The definitions found at `path` in a config value, with the mkIf and
    # priorities above them pushed down onto each (their conditions unforced).
    definitionsAt =
      path: value:
      if isAttrs value && value._type or null == "merge" then
        concatMap (definitionsAt path) value.contents
      else if isAttrs value && value._type or null == "if" then
        map (mkIf value.condition) (definitionsAt path value.content)
      else if isAttrs value && value._type or null == "override" then
        map (mkOverride value.priority) (definitionsAt path value.content)
      else if path == [ ] then
        [ value ]
      else if isAttrs value && hasAttr (head path) value then
        definitionsAt (tail path) value.${head path}
      else
        [ ];

    # A definition's values once its conditions are decided: [ { priority; value; } ].
    discharge =
      priority: value:
      if isAttrs value && value._type or null == "merge" then
        concatMap (discharge priority) value.contents
      else if isAttrs value && value._type or null == "if" then
        if value.condition then discharge priority value.content else [ ]
      else if isAttrs value && value._type or null == "override" then
        # The content stays unforced until it wins (an unused default may throw).
        [
          {
            inherit (value) priority;
            value = value.content;
          }
        ]
      else
        [ { inherit priority value; } ];

    # The values of the definitions that win: those of the best priority.
    winners =
      definitions:
      let
        discharged = concatMap (discharge 100) definitions;
        best = foldl' (p: d: if d.priority < p then d.priority else p) 10000 discharged;
        won = map (d: d.value) (filter (d: d.priority == best) discharged);
      in
      concatMap (v: map (d: d.value) (discharge best v)) won;

    showPath = path: concatStringsSep "." path;

    mergeEqual =
      path: values:
      if all (v: v == head values) values then
        head values
      else
        throw "The option `${showPath path}' has conflicting definitions.";

    types = rec {
      mkType = name: merge: { inherit name merge; };
      scalar = name: mkType name mergeEqual;
      bool = scalar "bool";
      str = scalar "str";
      int = scalar "int";
      port = scalar "port";
      path = scalar "path";
      package = scalar "package";
      ints.positive = scalar "positive integer";
      enum = values: mkType "enum" (
        path: defined:
        let
          value = mergeEqual path defined;
        in
        if elem value values then value else throw "The option `${showPath path}' is not one of the allowed values."
      );
      lines = mkType "lines" (_: values: concatStringsSep "\n" values);
      listOf = element: mkType "listOf" (
        path: values: concatMap (v: if isList v then v else throw "The option `${showPath path}' is not a list.") values
      );
      attrsOf = element: mkType "attrsOf" (
        path: values:
        let
          names = unique (concatMap attrNames values);
          definedIn = name: concatMap (v: if hasAttr name v then [ v.${name} ] else [ ]) values;
          merged = map (name: {
            inherit name;
            values = winners (definedIn name);
          }) names;
        in
        listToAttrs (
          map (m: {
            inherit (m) name;
            value = element.merge (path ++ [ m.name ]) m.values;
          }) (filter (m: m.values != [ ]) merged)
        )
      );
      lazyAttrsOf = attrsOf;
      nullOr = element: mkType "nullOr" (
        path: values:
        let
          set = filter (v: v != null) values;
        in
        if set == [ ] then null else element.merge path set
      );
      anything = mkType "anything" (
        path: values:
        if all isAttrs values && !any (v: v ? outPath) values then
          (attrsOf anything).merge path values
        else if all isList values then
          concatMap (v: v) values
        else
          mergeEqual path values
      );
      attrs = mkType "attrs" (_: values: foldl' (a: b: a // b) { } values);
      submodule = module: mkType "submodule" (
        path: values:
        (evalModules {
          modules = [ module ] ++ map (value: { config = value; }) values;
          specialArgs.name = last path;
        }).config
      );
    };

    # Modules: paths, functions or attribute sets, with `imports`.
    evalModules =
      {
        modules,
        specialArgs ? { },
      }:
      let
        args = specialArgs // {
          inherit lib config options;
        };
        load =
          module:
          let
            imported = if isPath module || isString module then import module else module;
            called = if isFunction imported then imported (args // { }) else imported;
            # Without `options` or `config`, all but these keys is config.
            shorthand = !(called ? options || called ? config);
            normal =
              if shorthand then
                {
                  imports = called.imports or [ ];
                  config = removeAttrs called [
                    "imports"
                    "_file"
                    "key"
                    "meta"
                  ];
                }
              else
                called;
          in
          [ normal ] ++ concatMap load (normal.imports or [ ]);
        loaded = concatMap load modules;

        isOption = v: isAttrs v && v._type or null == "option";
        mergeDeclarations =
          a: b:
          a
          // mapAttrs (
            n: v: if hasAttr n a && !isOption v && !isOption a.${n} then mergeDeclarations a.${n} v else v
          ) b;
        options = foldl' mergeDeclarations { } (map (m: m.options or { }) loaded);

        evalOption =
          path: option:
          let
            defined = concatMap (m: definitionsAt path (m.config or { })) loaded;
            withDefault = defined ++ (if option ? default then [ (mkOverride 1500 option.default) ] else [ ]);
            values = winners withDefault;
            type = option.type or types.anything;
          in
          if values == [ ] then
            throw "The option `${showPath path}' is used but not defined."
          else
            type.merge path values;

        configOf =
          path: declarations:
          mapAttrs (
            name: declaration:
            if isOption declaration then
              evalOption (path ++ [ name ]) declaration
            else
              configOf (path ++ [ name ]) declaration
          ) declarations;
        # Definitions of options nobody declared are errors, as in nixpkgs.
        undeclared =
          path: declarations: value:
          if isAttrs value && value._type or null == "merge" then
            concatMap (undeclared path declarations) value.contents
          else if isAttrs value && (value._type or null == "if" || value._type or null == "override") then
            undeclared path declarations value.content
          else if isAttrs value then
            concatMap (
              name:
              if !hasAttr name declarations then
                [ (showPath (path ++ [ name ])) ]
              else if isOption declarations.${name} then
                [ ]
              else
                undeclared (path ++ [ name ]) declarations.${name} value.${name}
            ) (attrNames value)
          else
            [ ];
        unknown = concatMap (m: undeclared [ ] options (m.config or { })) loaded;
        config =
          if unknown == [ ] then
            configOf [ ] options
          else
            throw "The option `${head unknown}' does not exist.";
      in
      {
        inherit config options;
      };
  };
in
lib

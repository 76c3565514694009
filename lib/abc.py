"""Abstract Base Classes (PEP 3119)."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods left cannot be
    instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod."""
    __isabstractmethod__ = True


# Bumped by every register(): lets isinstance caches notice new virtual subclasses.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token (changes whenever register() is called)."""
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for Abstract Base Classes: tracks abstract methods and
    virtual subclasses added with register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        # direct subclasses, consulted by __subclasscheck__ (every subclass
        # of an ABC is made by ABCMeta, so the list is complete)
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of an ABC; returns it (usable as a
        class decorator)."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        # instance.__class__ can differ from type(instance) (proxies); an
        # instance of either kind counts
        claimed, actual = instance.__class__, type(instance)
        return cls.__subclasscheck__(claimed) or (
            actual is not claimed and cls.__subclasscheck__(actual))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            # a register() since the negative answers may have changed them
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = _decide_subclass(cls, subclass)
        (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)
        print(f"_abc_cache: {cls._abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {cls._abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {cls._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def _decide_subclass(cls, subclass):
    # the __subclasshook__ has the first word; then real inheritance, then
    # registered classes and subclasses of cls (with their own registries)
    answer = cls.__subclasshook__(subclass)
    if answer is not NotImplemented:
        return answer
    if cls in getattr(subclass, '__mro__', ()):
        return True
    return any(issubclass(subclass, other)
               for other in (*cls._abc_registry, *cls._abc_subclasses))


def update_abstractmethods(cls):
    """Recomputes the abstract methods of an ABC after methods were added to
    or removed from it (as class decorators such as dataclass do)."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclassing ABC gives a class ABCMeta as metaclass."""
    __slots__ = ()

// The group form suggests the address from the name, until the person types an address of their own.
(function () {
  var slug = document.querySelector('input[data-suggest-from]');
  if (!slug) {
    return;
  }
  var name = document.getElementById(slug.getAttribute('data-suggest-from'));
  var own = slug.value !== '';
  function suggest(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  }
  slug.addEventListener('input', function () {
    own = slug.value !== '';
  });
  name.addEventListener('input', function () {
    if (!own) {
      slug.value = suggest(name.value);
    }
  });
})();
